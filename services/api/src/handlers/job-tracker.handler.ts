import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { EventValidationError } from '@contentflow/events';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { trackJobEvent } from '../jobs/track-job-event.ts';

/** EventBridge → job tracker: keeps each job's record in step with its engine's lifecycle events. */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const adapters = await platformAdapters();
  try {
    const changed = await trackJobEvent(event['detail-type'], event.detail, {
      jobs: adapters.repositories.jobs,
      jobChanges: adapters.jobChanges,
    });
    logger.debug('tracked', { detailType: event['detail-type'], changed });
  } catch (error) {
    if (error instanceof EventValidationError) {
      // A contract violation is the producer's bug; retrying the same bytes cannot fix it, so log and drop.
      logger.error('dropping an event that breaks its contract', {
        eventId: event.id,
        detailType: event['detail-type'],
      });
      return;
    }
    throw error;
  }
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
