import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import { jobRequestedV1 } from '@contentflow/events';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { invocationDeadline } from '../lambda/invocation-deadline.ts';
import { platformAdapters } from '../runtime/platform-adapters.ts';
import { RuntimeConfigError } from '../runtime/runtime-config.ts';
import { EngineTimedOutError } from './engine-timed-out-error.ts';
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
/** Overrides how long before its invocation times out a task is stopped (milliseconds). */
export const DEADLINE_MARGIN_ENV = 'CONTENTFLOW_DEADLINE_MARGIN_MS';

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
  /**
   * How long before the invocation times out the task's signal aborts (the job then fails with ENGINE_TIMED_OUT);
   * default `CONTENTFLOW_DEADLINE_MARGIN_MS`, else 10% of the invocation's time, at most 10 s.
   */
  deadlineMarginMs?: number;
}

/** A whole number of milliseconds from the environment, within bounds; undefined when unset. */
function msFromEnv(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const value = env[name];
  if (!value) return undefined;
  const parsed = z.coerce.number().int().min(min).max(max).safeParse(value);
  if (!parsed.success) {
    throw new RuntimeConfigError(`${name} must be a whole number of ms in ${min}–${max}, got "${value}"`);
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
 * The whole EventBridge event with its detail, built once. The parser's EventBridgeEnvelope extends its schema on
 * every call, and zod compiles each new schema before using it: ~0.1 ms per invocation, more than the parse itself.
 */
const jobRequestedEventSchema = EventBridgeSchema.extend({ detail: jobRequestedV1.detailSchema });

const IDEMPOTENCY = {
  // Engines run minutes at most; a later redelivery after a day is a new request by any sensible measure.
  expiresAfterSeconds: 24 * 60 * 60,
} as const;

/**
 * What makes two deliveries the same request: the job, its task and its workflow step. Handed to Powertools as the
 * hashed argument instead of an `eventKeyJmesPath`, searched three times per job, each search building a new
 * interpreter (~7 µs; `job-overheads` bench). The hash is the one the JMESPath
 * `[data.jobId, data.task, data.step.stepName]` gave, so records written before still match.
 */
export function idempotencyKeyOf({ data }: JobRequestedDetail): [string, string, string | null] {
  return [data.jobId, data.task, data.step?.stepName ?? null];
}

/** What a handler settles on its first invocation (not at import, so importing a handler opens nothing). */
interface ResolvedHandler {
  run: (key: unknown, detail: JobRequestedDetail, signal: AbortSignal) => Promise<EngineJobOutcome>;
  idempotency: BasePersistenceLayer;
  deadlineMarginMs: number | undefined;
}

async function resolve(options: EngineJobHandlerOptions): Promise<ResolvedHandler> {
  const ports = await (options.ports ?? adapterPorts)();
  const cancellationCheckMs =
    options.cancellationCheckMs ??
    msFromEnv(process.env, CANCELLATION_CHECK_ENV, 50, 60_000) ??
    DEFAULT_CANCELLATION_CHECK_MS;
  return {
    run: (_key, detail, signal) => runEngineJob(detail, options.engine, ports, signal, { cancellationCheckMs }),
    idempotency: ports.idempotency,
    deadlineMarginMs: options.deadlineMarginMs ?? msFromEnv(process.env, DEADLINE_MARGIN_ENV, 0, 900_000),
  };
}

/**
 * The Lambda handler of an engine's Job.Requested rule, in the Powertools style: middy with the logger's context,
 * the tracer, and the parser (the EventBridge schema with the Job.Requested detail) around the use case. The use
 * case is made idempotent per (job, task, workflow step): a redelivered event returns the first run's outcome
 * instead of running again.
 *
 * The task's signal also aborts a margin before the invocation times out, so a long render is stopped (its child
 * processes killed, temp files removed) and reported as a retryable ENGINE_TIMED_OUT, and its idempotency record
 * completes, rather than the runtime killing it mid-write with nothing reported.
 */
export function createEngineJobHandler(options: EngineJobHandlerOptions) {
  const { logger, tracing } = options;
  let resolved: ResolvedHandler | undefined;

  return middy()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(tracing)
    .use(parser({ schema: jobRequestedEventSchema }))
    .handler(
      async ({ detail }: z.infer<typeof jobRequestedEventSchema>, context: Context): Promise<EngineJobOutcome> => {
        resolved ??= await resolve(options);
        const { run, idempotency, deadlineMarginMs } = resolved;
        logger.appendKeys({ jobId: detail.data.jobId, task: detail.data.task, tenantId: detail.metadata.tenantId });
        const deadline = invocationDeadline(context, {
          ...(deadlineMarginMs === undefined ? {} : { marginMs: deadlineMarginMs }),
          reason: (marginMs) => new EngineTimedOutError(marginMs),
        });
        try {
          // A config per invocation: its Lambda context sets when an in-progress record may be taken over, and
          // concurrent invocations in one process (the local runtime) must not read each other's.
          const runIdempotently = makeIdempotent(run, {
            persistenceStore: idempotency,
            config: new IdempotencyConfig({ ...IDEMPOTENCY, lambdaContext: context }),
            dataIndexArgument: 0,
          });
          const outcome = await runIdempotently(idempotencyKeyOf(detail), detail, deadline.signal);
          logger.info('job finished', {
            status: outcome.status,
            ...(outcome.status === 'failed' ? { code: outcome.code } : {}),
          });
          return outcome;
        } finally {
          deadline.clear();
        }
      },
    );
}
