import { setTimeout as sleep } from 'node:timers/promises';
import type { Job, JobRepository } from '@contentflow/platform';

export interface WaitOptions {
  timeoutMs: number;
  /** Pause between probes. */
  intervalMs: number;
}

/**
 * Probes until `probe` yields a value and returns it; after `timeoutMs`, throws naming `what` (a function is
 * asked only then, so it can tell the last state seen).
 */
export async function waitFor<T>(
  what: string | (() => string),
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs, intervalMs }: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(intervalMs);
  }
}

const FINISHED: ReadonlySet<Job['status']> = new Set(['succeeded', 'failed', 'cancelled']);

/** The job once it succeeded, failed or was cancelled. */
export async function finishedJob(
  jobs: Pick<JobRepository, 'get'>,
  tenantId: string,
  jobId: string,
  options: WaitOptions,
): Promise<Job> {
  let last: Job | null = null;
  return waitFor(
    () => `job ${jobId} to finish: ${JSON.stringify(last)}`,
    async () => {
      last = await jobs.get(tenantId, jobId);
      return last && FINISHED.has(last.status) ? last : undefined;
    },
    options,
  );
}
