import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiApp, createTokenService, loadApiConfig, loadSigningKeys, startApiServer } from '@contentflow/api';
import { TASK_CATALOG, WORKFLOW_CATALOG } from '@contentflow/events';
import { startLocalOrchestrator } from '@contentflow/orchestrator';
import {
  claimDataDir,
  closePlatformAdapters,
  createPowertools,
  platformAdapters,
  releaseDeadClaims,
  startLocalRuntime,
} from '@contentflow/platform';
import { freePort } from './free-port.ts';
import { SERVICE_MANIFESTS } from './service-manifests.ts';
import { synthesizeWorkflows } from './synthesize-workflows.ts';

export interface LocalSystem {
  /** Where the server listens. */
  url: string;
  /** Where people should open it: signed download links point there too, so media loads from the same origin. */
  publicUrl: string;
  dataDir: string;
  /** Graceful: stop taking requests and work, finish or return in-flight messages, close the database. */
  stop(): Promise<void>;
}

/** The Astro build (`npm run build -w frontend`, run by `npm start` when missing). */
const DEFAULT_SITE_DIR = fileURLToPath(new URL('../../../frontend/dist', import.meta.url));

/** The bus name the workflows' `${EventBusName}` becomes locally (the local bus has one name). */
const LOCAL_BUS_NAME = 'contentflow-local';

/**
 * The whole system in this process: API, job processor, bus, tracker and engines over the local adapters.
 * It reads `process.env`, as each Lambda handler does, so handlers and the API share one set of adapters.
 * `PORT=0` picks a free port.
 */
export async function startLocalSystem(): Promise<LocalSystem> {
  const { logger } = await createPowertools('local-system');
  if (process.env['PORT'] === '0') {
    process.env['PORT'] = String(await freePort(process.env['HOST'] || '127.0.0.1'));
  }
  const config = loadApiConfig();
  const adapters = await platformAdapters();
  adapters.onBackgroundError((error, source) => logger.error('platform adapter failed', { source, error }));
  const local = adapters.local;
  if (!local)
    throw new Error('the local system needs the local runtime (unset CONTENTFLOW_RUNTIME or set it to "local")');

  const claim = claimDataDir(local.dataDir);
  if (claim.previousOwnerDied) {
    // The last run was killed: what it held is free now, not when its leases and timeouts would have run out.
    logger.warn('recovered after an unclean stop', { released: releaseDeadClaims(local.db) });
  }
  const siteDir = process.env['CONTENTFLOW_SITE_DIR'] || DEFAULT_SITE_DIR;
  const keys = await loadSigningKeys({ keyFile: join(local.dataDir, 'secrets', 'jwt-signing-keys.json') });
  // The state machines as CloudFormation deploys them, synthesized here, so local runs test what deploys.
  const orchestrator = startLocalOrchestrator({
    db: local.db,
    bus: local.bus,
    definitions: await synthesizeWorkflows({
      EventBusName: LOCAL_BUS_NAME,
      EventBusArn: `arn:aws:events:local:000000000000:event-bus/${LOCAL_BUS_NAME}`,
    }),
    onError: (error, executionId) => logger.error('workflow execution failed', { error, executionId }),
  });
  // The manifests' schedules run here too: the stranded-jobs sweep runs at once, recovering jobs a crash of the
  // last run stranded, then every minute.
  const runtime = await startLocalRuntime({
    local,
    manifests: SERVICE_MANIFESTS,
    onError: (error) => logger.error('local runtime error', { error }),
  });
  orchestrator.resume();

  const app = createApiApp({
    tokens: createTokenService({ keys, ...config.token }),
    repositories: adapters.repositories,
    blobs: adapters.blobs,
    ...(local.blobs ? { localBlobs: local.blobs } : {}),
    commands: adapters.commands,
    jobChanges: adapters.jobChanges,
    durability: adapters.durability,
    // Only tasks of engines this process runs: a job no engine subscribes to would never finish.
    tasks: TASK_CATALOG.filter((task) => SERVICE_MANIFESTS.some((manifest) => manifest.service === task.engine)),
    workflows: WORKFLOW_CATALOG,
    settings: config,
    readiness: async () => ({ database: local.db.isOpen, bus: true }),
    logger,
    ...(existsSync(join(siteDir, 'index.html')) ? { siteDir } : {}),
  });
  const server = await startApiServer({
    app,
    port: config.port,
    hostname: config.hostname,
    shutdownGraceSeconds: config.shutdownGraceSeconds,
  });

  let stopping: Promise<void> | undefined;
  return {
    url: server.url,
    publicUrl: config.publicUrl,
    dataDir: local.dataDir,
    stop: () => {
      stopping ??= (async () => {
        await server.close();
        await orchestrator.stop();
        await runtime.stop();
        await closePlatformAdapters();
        claim.release();
      })();
      return stopping;
    },
  };
}
