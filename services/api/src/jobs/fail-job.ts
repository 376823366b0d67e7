import type { Job, JobChangeFeed, JobError, JobRepository } from '@contentflow/platform';

export interface FailJobPorts {
  jobs: Pick<JobRepository, 'transition'>;
  jobChanges: JobChangeFeed;
}

/**
 * Fails `job` with `error` as a compare-and-set, and tells live readers only if this call changed it. False when
 * the job had moved on (started, finished, cancelled, or failed by another process first).
 */
export async function failJob(ports: FailJobPorts, job: Job, error: JobError): Promise<boolean> {
  const result = await ports.jobs.transition(job.tenantId, job.id, { to: 'failed', error });
  if (!result.applied || !result.job) return false;
  ports.jobChanges.publish(result.job);
  return true;
}
