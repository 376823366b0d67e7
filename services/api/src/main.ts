import { TASK_CATALOG, WORKFLOW_CATALOG } from '@contentflow/events';
import { platformAdapters } from '@contentflow/platform';
import { loadApiConfig } from './api-config.ts';
import { createApiApp } from './app.ts';
import { loadSigningKeys } from './auth/signing-keys.ts';
import { createTokenService } from './auth/token-service.ts';
import { logger } from './powertools.ts';
import { startApiServer } from './server.ts';

/**
 * The Fargate container's entry point: the API alone, over the adapters the environment selects (AWS in ECS).
 * The job processor and tracker run as Lambdas there; locally `contentflow start` runs everything in one process.
 * In ECS the signing keys arrive as CONTENTFLOW_JWT_SIGNING_KEYS from Secrets Manager; the key file is a fallback.
 */
const config = loadApiConfig();
const adapters = await platformAdapters();
adapters.onBackgroundError((error, source) => logger.error('platform adapter failed', { source, error }));
const keys = await loadSigningKeys({ keyFile: '/tmp/contentflow/jwt-signing-keys.json' });
const app = createApiApp({
  tokens: createTokenService({ keys, ...config.token }),
  repositories: adapters.repositories,
  blobs: adapters.blobs,
  ...(adapters.local?.blobs ? { localBlobs: adapters.local.blobs } : {}),
  commands: adapters.commands,
  jobChanges: adapters.jobChanges,
  durability: adapters.durability,
  tasks: TASK_CATALOG,
  workflows: WORKFLOW_CATALOG,
  settings: config,
  readiness: async () => ({ adapters: true }),
  logger,
});
// On MongoDB, SSE streams follow the jobs collection's change stream: started before serving, so the first stream
// misses nothing. Failures are logged and retried in the background, never stopping the API.
await adapters.jobChanges.open?.();
const server = await startApiServer({
  app,
  port: config.port,
  hostname: config.hostname,
  shutdownGraceSeconds: config.shutdownGraceSeconds,
});
logger.info('api listening', { url: server.url, ports: adapters.ports });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    // ECS sends SIGTERM on scale-in and deploys: finish in-flight requests, then close connections.
    void server
      .close()
      .then(() => adapters.close())
      .then(() => process.exit(0));
  });
}
