import type { JobRepository } from '../ports/job.repository.port.ts';

/** What the engine runner reads of a job while it works on it: whether someone cancelled it. */
export type JobStatusReader = Pick<JobRepository, 'get'>;
