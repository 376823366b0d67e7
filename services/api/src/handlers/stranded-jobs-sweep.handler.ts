import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { platformAdapters } from '@contentflow/platform';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger, tracing } from '#powertools';
import { failAbandonedJobs } from '../jobs/fail-abandoned-jobs.ts';
import { resendStrandedCommands, type StrandedSweep } from '../jobs/resend-stranded-commands.ts';

export interface RecoverySweep extends StrandedSweep {
  /** Running jobs this sweep failed with JOB_ABANDONED: no engine can still be working on them. */
  abandoned: number;
}

/**
 * Schedule → recovery sweep: re-sends the start command of jobs stranded as queued, fails those that never
 * started, and fails jobs still running long after any engine could have given up on them. One job's failure is
 * logged (by id, never its input) and retried by the next run; only a sweep that cannot run at all (the database
 * unreachable) throws, so the function's error alarm means exactly that.
 */
export const handler = middy(async (_event: ScheduledEvent): Promise<RecoverySweep> => {
  const adapters = await platformAdapters();
  const jobs = adapters.repositories.jobs;
  const { jobChanges } = adapters;
  const reporting = {
    onJobError: (error: unknown, job: { id: string; tenantId: string }) =>
      logger.error('swept job not recovered', { jobId: job.id, tenantId: job.tenantId, error }),
    onUnreadableJob: (jobId: string, error: unknown) => logger.error('swept job unreadable', { jobId, error }),
  };
  const stranded = await resendStrandedCommands({ jobs, commands: adapters.commands, jobChanges }, reporting);
  const { abandoned, errors } = await failAbandonedJobs({ jobs, jobChanges }, reporting);
  const sweep = { ...stranded, abandoned, errors: stranded.errors + errors };
  if (sweep.resent + sweep.failed + sweep.errors + sweep.abandoned > 0) logger.info('jobs swept', { ...sweep });
  return sweep;
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(tracing);
