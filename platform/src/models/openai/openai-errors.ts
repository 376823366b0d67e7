import { ModelError } from '../model-errors.ts';

/** A reply with an error status, kept whole so the retry policy and the final error can read it. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  readonly status: number;
  /** The server's message from the body. */
  readonly detail: string;
  /** From a Retry-After header in seconds, if one came. */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, detail: string, retryAfterMs: number | undefined) {
    super(`HTTP ${status}: ${detail}`);
    this.status = status;
    this.detail = detail;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Statuses worth another call: rate limits, timeouts and server trouble. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** fetch rejects with a TypeError when the connection fails (refused, reset, DNS). */
function isConnectionFailure(error: unknown): boolean {
  return error instanceof TypeError && error.message === 'fetch failed';
}

export function retryVerdict(error: unknown): { retry: boolean; minDelayMs?: number } {
  if (error instanceof HttpStatusError) {
    return {
      retry: RETRYABLE_STATUSES.has(error.status),
      ...(error.retryAfterMs === undefined ? {} : { minDelayMs: error.retryAfterMs }),
    };
  }
  return { retry: isConnectionFailure(error) };
}

export function retryAfterMsOf(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 30) * 1000 : undefined;
}

/** What a failed call means for the job, once retries are spent. */
export function openAiFailure(error: unknown, endpoint: string): unknown {
  if (error instanceof ModelError || (error instanceof Error && error.name === 'AbortError')) return error;
  if (error instanceof HttpStatusError) {
    if (error.status === 429) {
      return new ModelError('MODEL_THROTTLED', `${endpoint} is rate-limiting requests (${error.message})`, {
        cause: error,
      });
    }
    const code = RETRYABLE_STATUSES.has(error.status) ? 'MODEL_UNAVAILABLE' : 'MODEL_REQUEST_REJECTED';
    return new ModelError(code, `${endpoint} answered ${error.message}`, { cause: error });
  }
  if (isConnectionFailure(error)) {
    const reason = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new ModelError('MODEL_UNAVAILABLE', `${endpoint} could not be reached${reason}`, { cause: error });
  }
  return error;
}
