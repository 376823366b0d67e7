import type { Context } from 'aws-lambda';

/** How far ahead of its deadline an invocation stops by default: 10% of its time, at most 10 s. */
export const DEFAULT_DEADLINE_MARGIN = { fraction: 0.1, maxMs: 10_000 } as const;

/** The default margin for an invocation that has `remainingMs` left as it starts (about its timeout). */
export function defaultDeadlineMarginMs(remainingMs: number): number {
  return Math.min(DEFAULT_DEADLINE_MARGIN.maxMs, Math.round(remainingMs * DEFAULT_DEADLINE_MARGIN.fraction));
}

export interface InvocationDeadlineOptions {
  /** How long before the deadline the signal aborts; default `defaultDeadlineMarginMs`. */
  marginMs?: number;
  /** The abort reason, so whoever sees the signal can tell "out of time" from other aborts. */
  reason: (marginMs: number) => unknown;
}

export interface InvocationDeadline {
  /** Aborts `marginMs` before the invocation's time runs out. */
  readonly signal: AbortSignal;
  readonly marginMs: number;
  /** Ends the countdown; call once the invocation's work is over. */
  clear(): void;
}

/**
 * An AbortSignal that fires a margin before the invocation's deadline (`getRemainingTimeInMillis`). Lambda freezes
 * or kills an invocation at its timeout without running a `finally`, leaving child processes, temp files and an
 * unreported job behind; stopping a little earlier leaves time to clean up and report. The local runtime's
 * Lambda-shaped contexts count down the same way, so the behaviour is the same on one machine. (middy's own early
 * timeout cannot serve: it answers at once, without waiting for the work to stop.)
 */
export function invocationDeadline(
  context: Pick<Context, 'getRemainingTimeInMillis'>,
  options: InvocationDeadlineOptions,
): InvocationDeadline {
  const remainingMs = context.getRemainingTimeInMillis();
  const marginMs = options.marginMs ?? defaultDeadlineMarginMs(remainingMs);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(options.reason(marginMs)), Math.max(0, remainingMs - marginMs));
  // The countdown alone must never keep a process alive (a local runtime shutting down, a test ending).
  timer.unref();
  return { signal: controller.signal, marginMs, clear: () => clearTimeout(timer) };
}
