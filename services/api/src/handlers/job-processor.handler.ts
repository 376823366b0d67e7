import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { jobCommandSchema } from '@contentflow/events';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { applyCancellation } from '../jobs/apply-cancellation.ts';
import { startJob } from '../jobs/start-job.ts';

const processor = new BatchProcessor(EventType.SQS);

async function processRecord(record: SQSRecord): Promise<void> {
  const parsed = jobCommandSchema.safeParse(JSON.parse(record.body));
  if (!parsed.success) {
    // A malformed or unknown command can never succeed; retrying it would only delay it to the dead-letter queue.
    logger.error('dropping a malformed command', { messageId: record.messageId, issues: parsed.error.issues.length });
    return;
  }
  const command = parsed.data;
  const adapters = await platformAdapters();
  const ports = { jobs: adapters.repositories.jobs, events: adapters.events, jobChanges: adapters.jobChanges };
  const outcome =
    command.command === 'StartJob'
      ? await startJob(command, { receiveCount: Number(record.attributes.ApproximateReceiveCount) }, ports)
      : await applyCancellation(command, ports);
  logger.info('command processed', { command: command.command, jobId: command.jobId, outcome });
}

/** SQS → job processor: partial batch responses, so one failing command never redelivers its neighbours. */
export const handler = middy(async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, processRecord, processor, { context }),
)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
