import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { finishPackageJob } from '../use-cases/finish-package-job.ts';

/** EventBridge → finish the package's job from its Package.Completed. */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const adapters = await platformAdapters();
  const outcome = await finishPackageJob(event.detail, {
    events: adapters.events,
    jobs: adapters.repositories.jobs,
  });
  logger.info('package job finished', { outcome });
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
