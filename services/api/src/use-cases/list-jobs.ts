import type { Job, JobRepository, JobStatus, Page } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { pageRequest, translatePageErrors } from './page-request.ts';

export interface ListJobsInput {
  status?: JobStatus;
  cursor?: string;
  limit?: number;
}

/** The caller's jobs, newest first. */
export function listJobs(jobs: JobRepository, principal: VerifiedPrincipal, input: ListJobsInput): Promise<Page<Job>> {
  const status = input.status === undefined ? {} : { status: input.status };
  return translatePageErrors(() => jobs.list(principal.tenantId, { ...status, ...pageRequest(input) }));
}
