import type { Job, JobChangeFeed, JobRepository } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { ConflictError, NotFoundError } from './use-case-errors.ts';

/**
 * Cancels a queued or running job (compare-and-set: a job that finishes meanwhile stays finished). Work already
 * under way may still complete, but the job's outcome stays `cancelled`.
 */
export async function cancelJob(
  deps: { jobs: JobRepository; jobChanges: JobChangeFeed },
  principal: VerifiedPrincipal,
  jobId: string,
): Promise<Job> {
  const { applied, job } = await deps.jobs.transition(principal.tenantId, jobId, { to: 'cancelled' });
  if (!job) throw new NotFoundError(`job ${jobId} was not found`);
  if (!applied) {
    throw new ConflictError(`job ${jobId} is already ${job.status}; only queued or running jobs can be cancelled`);
  }
  deps.jobChanges.publish(job);
  return job;
}
