import {
  contentGeneratedV1,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  jobRequestedV1,
  jobStartedV1,
} from '@contentflow/events';
import { handlerAt, type ServiceManifest } from '@contentflow/platform';

export const textManifest: ServiceManifest = {
  service: 'text',
  description: 'Text Intelligence: analysis (readability, sentiment, keywords, SEO) and copy.',
  queues: [],
  subscriptions: [
    {
      name: 'text-job-requested',
      description: 'Runs text tasks requested by the job processor or a workflow step.',
      eventPattern: jobRequestedV1.pattern({ data: { engine: ['text'] } }),
      handler: handlerAt(new URL('./handlers/job-requested.handler.ts', import.meta.url), 'handler', {
        timeoutSeconds: 30,
        memoryMb: 1024,
      }),
      // Analysis is CPU-bound: two at once keep a 2-core machine responsive.
      maxConcurrency: 2,
      retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
    },
  ],
  publishes: [jobStartedV1, jobProgressedV1, contentGeneratedV1, jobCompletedV1, jobFailedV1],
};
