import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { ApiEnv } from '../http/api-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { setResponseHeader } from '../http/response-header.ts';

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
  /** Who a request counts against: the signed-in user, else the client address. */
  keyOf: (c: Context<ApiEnv>) => string;
}

interface RateLimitInfo {
  limit: number;
  remaining: number;
  resetTime?: Date;
}

/** What hono-rate-limiter counted for this request (it sets the variable before calling on). */
const infoOf = (c: Context<ApiEnv>) => (c.get as (key: string) => RateLimitInfo | undefined)('rateLimit');

/**
 * Fixed-window limit per caller; over it, a 429 problem with `Retry-After` in seconds. Every answer carries the
 * IETF draft-7 `RateLimit-Policy` and `RateLimit` headers, set here rather than by the limiter so that they go
 * through `setResponseHeader`.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<ApiEnv> {
  const windowSeconds = Math.ceil(options.windowMs / 1000);
  const policy = `${options.limit};w=${windowSeconds}`;
  const secondsToReset = (info: RateLimitInfo | undefined) =>
    info?.resetTime ? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : windowSeconds;
  const setHeaders = (c: Context<ApiEnv>) => {
    const info = infoOf(c);
    if (!info) return;
    setResponseHeader(c, 'RateLimit-Policy', policy);
    setResponseHeader(
      c,
      'RateLimit',
      `limit=${info.limit}, remaining=${info.remaining}, reset=${secondsToReset(info)}`,
    );
  };
  const limiter = rateLimiter<ApiEnv>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: false,
    keyGenerator: options.keyOf,
    handler: (c) => {
      setHeaders(c);
      const retryAfter = Math.max(1, secondsToReset(infoOf(c)));
      throw new HttpProblem(
        429,
        'Too Many Requests',
        `rate limit of ${options.limit} requests per ${options.windowMs / 1000} s exceeded`,
        {
          headers: { 'Retry-After': String(retryAfter) },
          extensions: { retryAfterSeconds: retryAfter },
        },
      );
    },
  });
  return async function rateLimitMiddleware(c, next) {
    await limiter(c, () => {
      setHeaders(c);
      return next();
    });
  };
}
