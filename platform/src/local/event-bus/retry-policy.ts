import { z } from 'zod';

/** A target's RetryPolicy, with EventBridge's ranges and defaults (185 retries, 24 hours). */
export const retryPolicySchema = z.object({
  maximumRetryAttempts: z.int().min(0).max(185).default(185),
  maximumEventAgeInSeconds: z.int().min(60).max(86_400).default(86_400),
});

/**
 * How long to wait between attempts. EventBridge does not publish its curve; these defaults spread
 * 185 retries over roughly a day. Tests shrink the base to milliseconds.
 */
export const backoffSchema = z
  .object({
    baseDelayMs: z.number().positive().default(1_000),
    maxDelayMs: z.number().positive().default(600_000),
  })
  .refine((backoff) => backoff.maxDelayMs >= backoff.baseDelayMs, 'maxDelayMs must be at least baseDelayMs');

export type RetryPolicy = z.output<typeof retryPolicySchema>;
export type Backoff = z.output<typeof backoffSchema>;

/** Which limit ended the retries, as EventBridge names it in the dead-letter message. */
export type ExhaustedRetryCondition = 'MaximumRetryAttempts' | 'MaximumEventAgeInSeconds';

/** Exponential backoff with "equal jitter": half the step is fixed so delays still grow, half is random. */
export function retryDelayMs(failedAttempts: number, backoff: Backoff): number {
  const step = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return step / 2 + Math.random() * (step / 2);
}

/** The limit a delivery has run out of, if any, before its next attempt at `nextAttemptAt`. */
export function exhaustedCondition(
  policy: RetryPolicy,
  delivery: { attempts: number; createdAt: number },
  nextAttemptAt: number,
): ExhaustedRetryCondition | undefined {
  if (delivery.attempts > policy.maximumRetryAttempts) return 'MaximumRetryAttempts';
  if (nextAttemptAt >= delivery.createdAt + policy.maximumEventAgeInSeconds * 1_000) return 'MaximumEventAgeInSeconds';
  return undefined;
}
