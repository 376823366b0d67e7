import { type Job, type JobStatus, jobSchema } from '../api/resources.ts';

/** An event stream message that is not a job as the API shows it. */
export class InvalidJobEventError extends Error {
  override name = 'InvalidJobEventError';
}

/** The job in one `event: job` message of `/api/v1/jobs/{id}/events` or `/api/v1/events/stream`. */
export function parseJobEvent(data: string): Job {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new InvalidJobEventError('a job event did not hold JSON');
  }
  const parsed = jobSchema.safeParse(json);
  if (!parsed.success) throw new InvalidJobEventError(`a job event did not hold a job: ${parsed.error.message}`);
  return parsed.data;
}

/** How far a job has got: it only ever moves forward (the API changes jobs by compare-and-set). */
const STAGE: Readonly<Record<JobStatus, number>> = { queued: 0, running: 1, succeeded: 2, failed: 2, cancelled: 2 };

function headway(job: Job): readonly number[] {
  return [STAGE[job.status], job.progress.percent, job.contentIds.length];
}

/**
 * Whether `incoming` is a later state of the job than `current`. The list and the stream race (the list may be
 * fetched after an event it already contains), so only a newer state replaces what is shown. `updatedAt` has
 * millisecond resolution and two updates of a job can share it (its last progress and its completion), so equal
 * times are ordered by how far the job has got.
 */
export function isNewerState(incoming: Job, current: Job): boolean {
  const elapsed = Date.parse(incoming.updatedAt) - Date.parse(current.updatedAt);
  if (elapsed !== 0) return elapsed > 0;
  const [a, b] = [headway(incoming), headway(current)];
  const differs = a.findIndex((value, i) => value !== b[i]);
  return differs !== -1 && (a[differs] ?? 0) > (b[differs] ?? 0);
}

/**
 * The list of recent jobs after one arrives from the stream or a fetch: a newer state replaces the old one, a job
 * not yet listed is added, and the list stays newest-created first and at most `limit` long.
 */
export function upsertJob(jobs: readonly Job[], incoming: Job, limit: number): Job[] {
  const index = jobs.findIndex((job) => job.id === incoming.id);
  if (index !== -1) {
    const current = jobs[index];
    if (current !== undefined && !isNewerState(incoming, current)) return [...jobs];
    return jobs.map((job, i) => (i === index ? incoming : job));
  }
  return [...jobs, incoming].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).slice(0, limit);
}

/** Waits between attempts to reopen a stream the browser gave up on: 1 s, 2 s, 4 s … up to 30 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}
