export { resendStrandedCommands, STRANDED_AFTER_MS } from './jobs/resend-stranded-commands.ts';
export { apiManifest } from './manifest.ts';
