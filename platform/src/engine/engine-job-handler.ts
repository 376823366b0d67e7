import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { EventBridgeEnvelope } from '@aws-lambda-powertools/parser/envelopes/eventbridge';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { jobRequestedV1 } from '@contentflow/events';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { platformAdapters } from '../runtime/platform-adapters.ts';
import { RuntimeConfigError } from '../runtime/runtime-config.ts';
import { DEFAULT_CANCELLATION_CHECK_MS } from './job-cancellation-watch.ts';
import type { JobStatusReader } from './job-status-reader.port.ts';
import {
  type EngineDefinition,
  type EngineJobOutcome,
  type EngineJobPorts,
  type JobRequestedDetail,
  runEngineJob,
} from './run-engine-job.ts';

export interface EngineHandlerPorts extends EngineJobPorts {
  idempotency: BasePersistenceLayer;
  /** Always watched in a handler: a cancelled job stops its work wherever the engine runs. */
  jobs: JobStatusReader;
}

/** Overrides how often a running job's record is read for a cancellation (milliseconds). */
export const CANCELLATION_CHECK_ENV = 'CONTENTFLOW_CANCELLATION_CHECK_MS';

export interface EngineJobHandlerOptions {
  engine: EngineDefinition;
  logger: Logger;
  /** The service's tracing middleware (`captureLambdaHandler` in Lambda). */
  tracing: MiddlewareObj;
  /**
   * Resolved on the first invocation (not at import), so importing a handler never opens connections.
   * Defaults to the process's platform adapters.
   */
  ports?: () => Promise<EngineHandlerPorts>;
  /** How often a running job is checked for a cancellation; default `CONTENTFLOW_CANCELLATION_CHECK_MS`, else 2 s. */
  cancellationCheckMs?: number;
}

const checkIntervalSchema = z.coerce.number().int().min(50).max(60_000);

function cancellationCheckMs(env: NodeJS.ProcessEnv): number {
  const value = env[CANCELLATION_CHECK_ENV];
  if (!value) return DEFAULT_CANCELLATION_CHECK_MS;
  const parsed = checkIntervalSchema.safeParse(value);
  if (!parsed.success) {
    throw new RuntimeConfigError(`${CANCELLATION_CHECK_ENV} must be a whole number of ms in 50–60000, got "${value}"`);
  }
  return parsed.data;
}

async function adapterPorts(): Promise<EngineHandlerPorts> {
  const adapters = await platformAdapters();
  return {
    events: adapters.events,
    content: adapters.repositories.content,
    blobs: adapters.blobs,
    jobs: adapters.repositories.jobs,
    idempotency: adapters.idempotency,
  };
}

/**
 * The Lambda handler of an engine's Job.Requested rule, in the Powertools style: middy with the logger's context,
 * the tracer, and the parser's EventBridge envelope around the use case. The use case is made idempotent per
 * (job, task, workflow step): a redelivered event returns the first run's outcome instead of running again.
 */
export function createEngineJobHandler(options: EngineJobHandlerOptions) {
  const { engine, logger, tracing } = options;
  const config = new IdempotencyConfig({
    eventKeyJmesPath: '[data.jobId, data.task, data.step.stepName]',
    // Engines run minutes at most; a later redelivery after a day is a new request by any sensible measure.
    expiresAfterSeconds: 24 * 60 * 60,
  });
  let runIdempotently: ((detail: JobRequestedDetail) => Promise<EngineJobOutcome>) | undefined;

  return middy()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(tracing)
    .use(parser({ schema: jobRequestedV1.detailSchema, envelope: EventBridgeEnvelope }))
    .handler(async (detail: JobRequestedDetail, context: Context): Promise<EngineJobOutcome> => {
      if (!runIdempotently) {
        const ports = await (options.ports ?? adapterPorts)();
        const watch = { cancellationCheckMs: options.cancellationCheckMs ?? cancellationCheckMs(process.env) };
        const run = (job: JobRequestedDetail) => runEngineJob(job, engine, ports, undefined, watch);
        runIdempotently = makeIdempotent(run, {
          persistenceStore: ports.idempotency,
          config,
        });
      }
      config.registerLambdaContext(context);
      logger.appendKeys({ jobId: detail.data.jobId, task: detail.data.task, tenantId: detail.metadata.tenantId });
      const outcome = await runIdempotently(detail);
      logger.info('job finished', { status: outcome.status });
      return outcome;
    });
}
