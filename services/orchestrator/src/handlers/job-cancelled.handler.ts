import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { workflowEngine } from '../orchestrator-runtime.ts';
import { stopCancelledWorkflow } from '../use-cases/stop-cancelled-workflow.ts';

/** EventBridge → stop the execution of a cancelled workflow job (StopExecution in AWS). */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const outcome = await stopCancelledWorkflow(event.detail, { workflows: workflowEngine() });
  logger.info('cancelled job handled', { outcome });
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
