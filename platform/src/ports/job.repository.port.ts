import type { Job, JobProgress, JobStatus, JobTransition, NewJob } from '../domain/job.ts';
import type { JobStepChange } from '../domain/job-step.ts';
import type { Page, PageRequest } from '../domain/page.ts';

export interface CreateJobResult {
  job: Job;
  /** False when the tenant's idempotency key matched an existing job, which is returned instead. */
  created: boolean;
}

export interface JobUpdateResult {
  /** Whether this call changed the job. False for a duplicate, late or out-of-order update. */
  applied: boolean;
  /** The job as it now is; null when it does not exist for this tenant. */
  job: Job | null;
}

export interface ListJobsRequest extends PageRequest {
  status?: JobStatus;
}

export interface ListQueuedOptions {
  /** A stored job that failed to parse (`error` says why); it counts against `limit`, stays stored and is skipped. */
  onUnreadable?: (jobId: string, error: unknown) => void;
}

/**
 * Jobs and their lifecycle. Every update is a compare-and-set on the job's current state, so messages delivered
 * twice or out of order leave the job as the first valid one left it. Local adapter: SQLite. AWS adapter: MongoDB.
 */
export interface JobRepository {
  /** Honours `idempotencyKey` per tenant: the same key returns the existing job and inserts nothing. */
  create(input: NewJob): Promise<CreateJobResult>;
  get(tenantId: string, id: string): Promise<Job | null>;
  /** Newest first (createdAt, then id). @throws InvalidPageLimitError, InvalidCursorError */
  list(tenantId: string, request?: ListJobsRequest): Promise<Page<Job>>;
  /** Applies only from the statuses in `JOB_TRANSITION_SOURCES[transition.to]`. */
  transition(tenantId: string, id: string, transition: JobTransition): Promise<JobUpdateResult>;
  /** Applies only while the job runs and only if `percent` does not go below the last report. */
  updateProgress(tenantId: string, id: string, progress: JobProgress): Promise<JobUpdateResult>;
  /**
   * Records that the job produced `contentId`; applied only the first time. Allowed in any status: content that
   * arrives after a job was cancelled or failed still exists and stays reachable from the job.
   */
  attachContent(tenantId: string, id: string, contentId: string): Promise<JobUpdateResult>;
  /**
   * Records what an event says happened to one step of a workflow job, forward only (`applyJobStepChange`): a
   * duplicate, late or out-of-order change is not applied. Atomic per job, so concurrent steps never lose each other.
   */
  recordStep(tenantId: string, id: string, change: JobStepChange): Promise<JobUpdateResult>;
  /**
   * Jobs of any tenant still queued and unchanged since before `cutoff`, oldest first: the recovery sweep re-sends
   * their commands, in case the process that accepted them stopped before the command was sent. A stored job that
   * cannot be read is reported to `onUnreadable` and skipped, so one bad record never stops the sweep.
   */
  listQueuedBefore(cutoff: Date, limit: number, options?: ListQueuedOptions): Promise<Job[]>;
  /**
   * Jobs of any tenant still running that started before `cutoff`, earliest first: the recovery sweep fails those
   * no engine can still be working on. Unreadable jobs are reported and skipped, as in `listQueuedBefore`.
   */
  listRunningStartedBefore(cutoff: Date, limit: number, options?: ListQueuedOptions): Promise<Job[]>;
}
