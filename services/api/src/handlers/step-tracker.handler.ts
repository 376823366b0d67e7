import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { EventValidationError, WORKFLOW_CATALOG } from '@contentflow/events';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { UntrackableEventError } from '../jobs/track-job-event.ts';
import { trackStepEvent } from '../jobs/track-step-event.ts';

/** EventBridge → step tracker: records each workflow step on its package job as the step's events arrive. */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const adapters = await platformAdapters();
  try {
    const changed = await trackStepEvent(event['detail-type'], event.detail, {
      jobs: adapters.repositories.jobs,
      jobChanges: adapters.jobChanges,
      workflows: WORKFLOW_CATALOG,
    });
    logger.debug('tracked step', { detailType: event['detail-type'], changed });
  } catch (error) {
    if (error instanceof EventValidationError || error instanceof UntrackableEventError) {
      // The producer's bug: retrying the same bytes cannot fix it, so log and drop.
      logger.error('dropping a step event that cannot be tracked', {
        eventId: event.id,
        detailType: event['detail-type'],
        reason: error.message,
      });
      return;
    }
    throw error;
  }
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
