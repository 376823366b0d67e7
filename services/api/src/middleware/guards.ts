import type { MiddlewareHandler } from 'hono';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { clientAddress } from '../http/client-address.ts';
import { authenticate } from './authenticate.ts';
import { rateLimit } from './rate-limit.ts';

/** The middleware a route runs before its handler, by who may call it. */
export interface Guards {
  /** Signed-in callers, limited per user. */
  user: MiddlewareHandler<ApiEnv>[];
  /** Signed-in callers of an event stream: the token may also come as `?access_token=`. */
  stream: MiddlewareHandler<ApiEnv>[];
  /** Anonymous sign-up and log-in, limited per client address to slow down password guessing. */
  credentials: MiddlewareHandler<ApiEnv>[];
}

const MINUTE_MS = 60_000;

export function createGuards(deps: Pick<ApiDependencies, 'tokens' | 'settings'>): Guards {
  const { limits, trustProxy } = deps.settings;
  const perUser = rateLimit({
    limit: limits.rateLimitPerMinute,
    windowMs: MINUTE_MS,
    keyOf: (c) => c.get('principal').userId,
  });
  const perClient = rateLimit({
    limit: limits.authRateLimitPerMinute,
    windowMs: MINUTE_MS,
    keyOf: (c) => clientAddress(c, trustProxy),
  });
  return {
    user: [authenticate({ tokens: deps.tokens }), perUser],
    stream: [authenticate({ tokens: deps.tokens, acceptQueryToken: true }), perUser],
    credentials: [perClient],
  };
}
