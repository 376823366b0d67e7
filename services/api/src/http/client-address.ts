import type { Context } from 'hono';
import type { ApiEnv } from './api-env.ts';

/**
 * The address a request came from, for per-client rate limits. Behind a load balancer (`trustProxy`) that is the
 * last `X-Forwarded-For` hop, the one the balancer itself appended; earlier hops are whatever the client sent.
 */
export function clientAddress(c: Context<ApiEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const lastHop = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (lastHop) return lastHop;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}
