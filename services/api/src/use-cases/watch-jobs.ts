import { isDeepStrictEqual } from 'node:util';
import type { Job, JobChangeFeed, JobRepository, JobStatus } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { getJob } from './get-job.ts';
import { JobChangeSubscription } from './job-change-subscription.ts';

const FINISHED: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export function isFinished(job: Job): boolean {
  return FINISHED.has(job.status);
}

export interface WatchDeps {
  jobs: JobRepository;
  jobChanges: JobChangeFeed;
}

/**
 * One job as it is now, then each change until it finishes or `signal` aborts.
 * @throws NotFoundError before anything is produced, so the caller can still answer 404.
 */
export async function watchJob(
  deps: WatchDeps,
  principal: VerifiedPrincipal,
  jobId: string,
  signal: AbortSignal,
): Promise<AsyncIterable<Job>> {
  // Subscribed before the snapshot is read, so no change can fall between the two.
  const changes = new JobChangeSubscription(deps.jobChanges, principal.tenantId, signal);
  try {
    return follow(await getJob(deps.jobs, principal, jobId), changes);
  } catch (error) {
    changes.close();
    throw error;
  }
}

async function* follow(snapshot: Job, changes: JobChangeSubscription): AsyncGenerator<Job> {
  try {
    yield snapshot;
    if (isFinished(snapshot)) return;
    let last = snapshot;
    for await (const job of changes) {
      // The feed may repeat what the snapshot already showed, or deliver an older state late.
      if (job.id !== snapshot.id || job.updatedAt < last.updatedAt || isDeepStrictEqual(job, last)) continue;
      last = job;
      yield job;
      if (isFinished(job)) return;
    }
  } finally {
    changes.close();
  }
}

/** Every later change to the caller's jobs (and only theirs) until `signal` aborts. */
export function watchJobs(deps: WatchDeps, principal: VerifiedPrincipal, signal: AbortSignal): AsyncIterable<Job> {
  return new JobChangeSubscription(deps.jobChanges, principal.tenantId, signal);
}
