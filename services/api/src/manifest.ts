import { EVENT_SOURCE_PREFIX, jobCancelledV1, jobRequestedV1 } from '@contentflow/events';
import { handlerAt, type ServiceManifest } from '@contentflow/platform';
import { TRACKED_EVENTS } from './jobs/track-job-event.ts';
import { PACKAGE_EVENT, STEP_EVENTS } from './jobs/track-step-event.ts';

/**
 * The api service's wiring: the job processor consumes the command queue; the job tracker follows every
 * engine's lifecycle events outside workflows; the step tracker records the steps of workflow (package) jobs; the
 * stranded-jobs sweep recovers jobs whose start command a crash lost.
 */
export const apiManifest: ServiceManifest = {
  service: 'api',
  description: 'HTTP API (Fargate), job processor and job tracker: owns the job record.',
  queues: [
    {
      name: 'api-job-processor',
      description:
        'Starts each accepted job (queued → running, then Job.Requested for its engine) and announces cancellations.',
      queue: 'commands',
      handler: handlerAt(new URL('./handlers/job-processor.handler.ts', import.meta.url), 'handler', {
        timeoutSeconds: 30,
        memoryMb: 512,
      }),
      batchSize: 10,
      maxConcurrency: 2,
      maxReceiveCount: 5,
    },
  ],
  subscriptions: [
    {
      name: 'api-job-tracker',
      description: 'Applies engine lifecycle events to the job record and tells live readers.',
      eventPattern: {
        source: [{ prefix: EVENT_SOURCE_PREFIX }],
        'detail-type': TRACKED_EVENTS.map((definition) => definition.detailType),
        // `exists` matches leaves only (EventBridge semantics): `step` is an object, so test a field inside it.
        detail: { metadata: { version: ['1'] }, data: { step: { executionId: [{ exists: false }] } } },
      },
      handler: handlerAt(new URL('./handlers/job-tracker.handler.ts', import.meta.url), 'handler', {
        timeoutSeconds: 30,
        memoryMb: 512,
      }),
      maxConcurrency: 4,
      retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
    },
    {
      name: 'api-step-tracker',
      description: 'Records each workflow step on its package job (engine events and the package verdict), live.',
      eventPattern: {
        source: [{ prefix: EVENT_SOURCE_PREFIX }],
        $or: [
          {
            'detail-type': STEP_EVENTS.map((definition) => definition.detailType),
            detail: { metadata: { version: ['1'] }, data: { step: { executionId: [{ exists: true }] } } },
          },
          { 'detail-type': [PACKAGE_EVENT.detailType], detail: { metadata: { version: [PACKAGE_EVENT.version] } } },
        ],
      },
      handler: handlerAt(new URL('./handlers/step-tracker.handler.ts', import.meta.url), 'handler', {
        timeoutSeconds: 30,
        memoryMb: 512,
      }),
      maxConcurrency: 4,
      retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
    },
  ],
  schedules: [
    {
      name: 'api-stranded-jobs-sweep',
      description: 'Re-sends the start command of jobs left queued by a crash; fails those that never start.',
      rate: { minutes: 1 },
      // Well inside the rate: a run ends before the next is due (at most 100 jobs, one send or write each).
      handler: handlerAt(new URL('./handlers/stranded-jobs-sweep.handler.ts', import.meta.url), 'handler', {
        timeoutSeconds: 50,
        memoryMb: 512,
      }),
      sendsCommands: true,
    },
  ],
  publishes: [jobRequestedV1, jobCancelledV1],
};
