import type { Job } from '../domain/job.ts';

export type JobChangeListener = (job: Job) => void;

/**
 * Tells live readers (the API's Server-Sent Events) that a job changed. Writers publish the job as it now is,
 * after the repository applied the change. Local adapter: in-process. It is a notification channel, not the record:
 * a reader that missed a change reads the repository.
 */
export interface JobChangeFeed {
  publish(job: Job): void;
  /** Calls `listener` with every later change to one tenant's jobs; returns the unsubscribe function. */
  subscribe(tenantId: string, listener: JobChangeListener): () => void;
}
