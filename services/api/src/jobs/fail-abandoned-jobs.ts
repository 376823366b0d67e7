import type { Job, JobChangeFeed, JobRepository } from '@contentflow/platform';
import { failJob } from './fail-job.ts';

export interface FailAbandonedPorts {
  jobs: Pick<JobRepository, 'listRunningStartedBefore' | 'transition'>;
  jobChanges: JobChangeFeed;
}

export interface FailAbandonedOptions {
  now?: Date;
  /** A job whose failing write threw; the sweep goes on to the next, and the next sweep tries it again. */
  onJobError?: (error: unknown, job: Job) => void;
  /** A stored job that could not be read; it is skipped. */
  onUnreadableJob?: (jobId: string, error: unknown) => void;
}

/**
 * How long after it started a job can still be running in an engine. An engine's rule retries a request for at most
 * 24 h (EventBridge's longest maximum event age, which the local bus keeps too) and one attempt runs at most 15 min
 * (Lambda's longest timeout); a re-sent request is published within minutes of the start. Past 26 h nothing can
 * still be working on the job: its request was dead-lettered, or no engine rule took it.
 */
export const ABANDONED_AFTER_MS = 26 * 60 * 60_000;
/** The error code of a job no engine finished. */
export const JOB_ABANDONED = 'JOB_ABANDONED';
const BATCH = 100;

export interface AbandonedSweep {
  /** Jobs this sweep failed with JOB_ABANDONED. */
  abandoned: number;
  /** Jobs left for the next sweep after an error, each reported to `onJobError`. */
  errors: number;
}

/**
 * Fails every job still running `ABANDONED_AFTER_MS` after it started, so a job whose engine gave up on it (its
 * request dead-lettered after every retry) or that no engine took never shows `running` forever. Failing is a
 * compare-and-set from `running`: a job that finished meanwhile stays finished, and of several sweeps one wins and
 * announces it.
 */
export async function failAbandonedJobs(
  ports: FailAbandonedPorts,
  options: FailAbandonedOptions = {},
): Promise<AbandonedSweep> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const abandoned = await ports.jobs.listRunningStartedBefore(cutoff, BATCH, { onUnreadable: options.onUnreadableJob });
  const sweep: AbandonedSweep = { abandoned: 0, errors: 0 };
  for (const job of abandoned) {
    try {
      const failed = await failJob(ports, job, {
        code: JOB_ABANDONED,
        message: `no engine finished the job within ${ABANDONED_AFTER_MS / 3_600_000} h of its start, longer than any engine retries a request; submit it again`,
      });
      if (failed) sweep.abandoned += 1;
    } catch (error) {
      sweep.errors += 1;
      options.onJobError?.(error, job);
    }
  }
  return sweep;
}
