export { type ApiConfig, ApiConfigError, loadApiConfig } from './api-config.ts';
export type { ApiDependencies, ApiLogger } from './api-dependencies.ts';
export { createApiApp } from './app.ts';
export { hashPassword, verifyPassword } from './auth/password-hasher.ts';
export { JWT_ALGORITHM, loadSigningKeys, rotateSigningKeys, type SigningKeys } from './auth/signing-keys.ts';
export {
  createTokenService,
  InvalidTokenError,
  type IssuedToken,
  type TokenService,
  type TokenServiceOptions,
  type VerifiedPrincipal,
} from './auth/token-service.ts';
export type { ApiBindings, ApiEnv } from './http/api-env.ts';
export {
  type ResendStrandedOptions,
  type ResendStrandedPorts,
  resendStrandedCommands,
  START_DEADLINE_MS,
  START_FAILED,
  STRANDED_AFTER_MS,
  type StrandedSweep,
} from './jobs/resend-stranded-commands.ts';
export { apiManifest } from './manifest.ts';
export { type ApiServer, type ApiServerOptions, startApiServer } from './server.ts';
export { type CancelJobDeps, type CancelJobOptions, cancelJob } from './use-cases/cancel-job.ts';
export { COMMAND_QUEUE_UNAVAILABLE } from './use-cases/submit-job.ts';
