import { startJobCommandV1 } from '@contentflow/events';
import type { CommandQueue, Job, JobChangeFeed, JobRepository } from '@contentflow/platform';
import { failJob } from './fail-job.ts';
import { startJobCommandOf } from './start-job-command.ts';

export interface ResendStrandedPorts {
  jobs: JobRepository;
  commands: CommandQueue;
  jobChanges: JobChangeFeed;
}

export interface ResendStrandedOptions {
  now?: Date;
  /** A job the sweep could not handle this time (a send or a write failed); the sweep goes on to the next. */
  onJobError?: (error: unknown, job: Job) => void;
  /** A stored job that could not be read; it is skipped (and reported again by every sweep until repaired). */
  onUnreadableJob?: (jobId: string, error: unknown) => void;
}

export interface StrandedSweep {
  /** Jobs whose StartJob was sent again. */
  resent: number;
  /** Jobs this sweep failed with START_FAILED (another process may have failed others). */
  failed: number;
  /** Jobs left for the next sweep after an error, each reported to `onJobError`. */
  errors: number;
}

/** How long a job may sit queued before its command is assumed lost; well above normal queueing delay. */
export const STRANDED_AFTER_MS = 60_000;
/**
 * A job still queued this long after it was accepted will not start: its command keeps failing (and landing in
 * the dead-letter queue) however often it is sent. At a sweep a minute that is about 9 resends.
 */
export const START_DEADLINE_MS = 10 * 60_000;
/** The error code of a job that never started. */
export const START_FAILED = 'START_FAILED';
const BATCH = 100;

/**
 * The API writes a job and then sends its command; a crash between the two would strand the job as queued.
 * This sweep re-sends the command of every job queued for longer than `STRANDED_AFTER_MS`, and fails a job still
 * queued after `START_DEADLINE_MS` (or whose command cannot be built at all) with START_FAILED, so it neither
 * waits nor is re-sent forever. Safe to run in several processes at once: a re-sent command that was not lost
 * after all is harmless (the processor's compare-and-set lets only one start the job), and failing is a
 * compare-and-set from `queued` that one sweep wins; only the winner announces the change. One job's error is
 * reported and skipped, never the end of the sweep.
 */
export async function resendStrandedCommands(
  ports: ResendStrandedPorts,
  options: ResendStrandedOptions = {},
): Promise<StrandedSweep> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - STRANDED_AFTER_MS);
  const stranded = await ports.jobs.listQueuedBefore(cutoff, BATCH, { onUnreadable: options.onUnreadableJob });
  const sweep: StrandedSweep = { resent: 0, failed: 0, errors: 0 };
  for (const job of stranded) {
    try {
      const outcome = await recover(job, now, ports);
      if (outcome === 'resent') sweep.resent += 1;
      if (outcome === 'failed') sweep.failed += 1;
    } catch (error) {
      sweep.errors += 1;
      options.onJobError?.(error, job);
    }
  }
  return sweep;
}

async function recover(job: Job, now: Date, ports: ResendStrandedPorts): Promise<'resent' | 'failed' | 'unchanged'> {
  const queuedMs = now.getTime() - Date.parse(job.createdAt);
  if (queuedMs >= START_DEADLINE_MS) {
    const minutes = Math.round(queuedMs / 60_000);
    return failToStart(
      job,
      `the job was still queued after ${minutes} min: its start command was lost or kept failing`,
      ports,
    );
  }
  const command = startJobCommandV1.safeParse(
    startJobCommandOf(job, { correlationId: job.correlationId, requestId: `recovery-${job.id}` }),
  );
  if (!command.success) {
    // Sending again cannot help a job no command can name (an engine since retired, say).
    const issues = command.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return failToStart(job, `the job cannot be started: ${issues}`.slice(0, 2000), ports);
  }
  await ports.commands.send({ body: JSON.stringify(command.data) });
  return 'resent';
}

async function failToStart(job: Job, message: string, ports: ResendStrandedPorts): Promise<'failed' | 'unchanged'> {
  // Not applied: the job started after all, was cancelled, or another sweep failed it first.
  return (await failJob(ports, job, { code: START_FAILED, message })) ? 'failed' : 'unchanged';
}
