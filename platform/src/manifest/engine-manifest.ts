import {
  contentGeneratedV1,
  type Engine,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  jobRequestedV1,
  jobStartedV1,
} from '@contentflow/events';
import { handlerAt, type ServiceManifest } from './service-manifest.ts';

export interface EngineManifestOptions {
  engine: Engine;
  description: string;
  /** `new URL('./handlers/job-requested.handler.ts', import.meta.url)` in the engine's manifest module. */
  handlerModule: URL;
  timeoutSeconds: number;
  memoryMb: number;
  /** Reserved concurrency: how many jobs of this engine may run at once (CPU-bound engines: the core count). */
  maxConcurrency: number;
  /** Defaults to EventBridge's (185 retries over a day); long, costly jobs want fewer. */
  retryPolicy?: { maximumRetryAttempts: number; maximumEventAgeInSeconds: number };
}

/**
 * The manifest every engine shares: one rule for Job.Requested with its engine name, a Lambda target retried as
 * EventBridge does, and the lifecycle events the job runner publishes. Only the sizing differs per engine.
 */
export function engineManifest(options: EngineManifestOptions): ServiceManifest {
  const { engine } = options;
  return {
    service: engine,
    description: options.description,
    queues: [],
    schedules: [],
    subscriptions: [
      {
        name: `${engine}-job-requested`,
        description: `Runs ${engine} tasks requested by the job processor or a workflow step.`,
        eventPattern: jobRequestedV1.pattern({ data: { engine: [engine] } }),
        handler: handlerAt(options.handlerModule, 'handler', {
          timeoutSeconds: options.timeoutSeconds,
          memoryMb: options.memoryMb,
        }),
        maxConcurrency: options.maxConcurrency,
        retryPolicy: options.retryPolicy ?? { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
      },
    ],
    publishes: [jobStartedV1, jobProgressedV1, contentGeneratedV1, jobCompletedV1, jobFailedV1],
  };
}
