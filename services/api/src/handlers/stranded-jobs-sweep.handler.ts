import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { resendStrandedCommands, type StrandedSweep } from '../jobs/resend-stranded-commands.ts';

/**
 * Schedule → recovery sweep: re-sends the start command of jobs stranded as queued, fails those that never
 * started. One job's failure is logged (by id, never its input) and retried by the next run; only a sweep that
 * cannot run at all (the database unreachable) throws, so the function's error alarm means exactly that.
 */
export const handler = middy(async (_event: ScheduledEvent): Promise<StrandedSweep> => {
  const adapters = await platformAdapters();
  const sweep = await resendStrandedCommands(
    { jobs: adapters.repositories.jobs, commands: adapters.commands, jobChanges: adapters.jobChanges },
    {
      onJobError: (error, job) =>
        logger.error('stranded job not recovered', { jobId: job.id, tenantId: job.tenantId, error }),
      onUnreadableJob: (jobId, error) => logger.error('stranded job unreadable', { jobId, error }),
    },
  );
  if (sweep.resent + sweep.failed + sweep.errors > 0) logger.info('stranded jobs swept', { ...sweep });
  return sweep;
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
