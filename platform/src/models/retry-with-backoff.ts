import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffPolicy {
  /** Calls in all, the first included. */
  attempts: number;
  /** The ceiling of the first wait; it doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Four calls over about three seconds at most: long enough for a burst to pass, short for a job. */
export const DEFAULT_BACKOFF: BackoffPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 2_000 };

export interface RetryOptions {
  policy: BackoffPolicy;
  /** Whether a failure is worth another call, and the least wait the server asked for (Retry-After), if any. */
  retryable: (error: unknown) => { retry: boolean; minDelayMs?: number };
  signal?: AbortSignal;
  /** In [0, 1); tests pass a constant. */
  random?: () => number;
}

/**
 * Calls `operation` until it succeeds, a failure is not retryable, or the attempts are spent; waits between calls
 * with exponential backoff and full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"), so clients
 * throttled together do not come back together.
 */
export async function retryWithBackoff<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, signal } = options;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const verdict = options.retryable(error);
      if (!verdict.retry || attempt >= policy.attempts || signal?.aborted) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.max(verdict.minDelayMs ?? 0, Math.floor(random() * ceiling));
      await sleep(delay, undefined, signal ? { signal } : {});
    }
  }
}
