import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { workflowEngine } from '../orchestrator-runtime.ts';
import { startWorkflow } from '../use-cases/start-workflow.ts';

/** The social engine's schedule step runs only when this is `true` (the engine is deployed). */
const SCHEDULE_ENV = 'CONTENTFLOW_WORKFLOW_SCHEDULE';

/** EventBridge → start the requested workflow, its execution named after the job. */
export const handler = middy(async (event: EventBridgeEvent<string, unknown>) => {
  const adapters = await platformAdapters();
  const outcome = await startWorkflow(
    event.detail,
    { schedule: process.env[SCHEDULE_ENV] === 'true' },
    { workflows: workflowEngine(), events: adapters.events },
  );
  logger.info('workflow requested', { outcome });
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
