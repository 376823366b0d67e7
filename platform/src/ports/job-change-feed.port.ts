import type { Job } from '../domain/job.ts';

export type JobChangeListener = (job: Job) => void;

/**
 * Tells live readers (the API's Server-Sent Events) that a job changed. Writers publish the job as it now is,
 * after the repository applied the change. Adapters: in-process (local), and MongoDB's change stream, which hears
 * every writer's changes itself. It is a notification channel, not the record: a reader that missed a change reads
 * the repository.
 */
export interface JobChangeFeed {
  publish(job: Job): void;
  /** Calls `listener` with every later change to one tenant's jobs; returns the unsubscribe function. */
  subscribe(tenantId: string, listener: JobChangeListener): () => void;
  /**
   * For feeds that listen to an outside source (a database's change stream): starts listening now rather than at
   * the first subscription, and resolves once the first attempt settled, so a server can be ready before it serves.
   * Failures are reported by the feed and retried in the background, never rejected here.
   */
  open?(): Promise<void>;
}
