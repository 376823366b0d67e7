import type { Job, JobRepository } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { NotFoundError } from './use-case-errors.ts';

/** Another tenant's job is "not found" too: whether an id exists elsewhere is never revealed. */
export async function getJob(jobs: JobRepository, principal: VerifiedPrincipal, jobId: string): Promise<Job> {
  const job = await jobs.get(principal.tenantId, jobId);
  if (!job) throw new NotFoundError(`job ${jobId} was not found`);
  return job;
}
