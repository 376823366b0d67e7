import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { ApiEnv } from '../http/api-env.ts';
import { HttpProblem } from '../http/problem.ts';

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
  /** Who a request counts against: the signed-in user, else the client address. */
  keyOf: (c: Context<ApiEnv>) => string;
}

/** Fixed-window limit per caller; over it, a 429 problem with `Retry-After` in seconds. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<ApiEnv> {
  const limiter = rateLimiter<ApiEnv>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    keyGenerator: options.keyOf,
    handler: (c) => {
      const info = (c.get as (key: string) => { resetTime?: Date } | undefined)('rateLimit');
      const retryAfter = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
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
    await limiter(c, next);
  };
}
