import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { workflowEngine } from '../orchestrator-runtime.ts';
import { answerTaskToken } from '../use-cases/answer-task-token.ts';

/** EventBridge → task-token bridge: an engine's completion or failure resumes the workflow step waiting for it. */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const adapters = await platformAdapters();
  const answer = await answerTaskToken(event['detail-type'], event.detail, {
    workflows: workflowEngine(),
    content: adapters.repositories.content,
    blobs: adapters.blobs,
  });
  logger.info('task token answered', { detailType: event['detail-type'], answer });
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
