import type { Context } from 'hono';
import type { ApiEnv } from './api-env.ts';

/**
 * Sets a header that the whole response carries, whichever route answers (request ids, rate-limit state). Served
 * by node:http, it goes on the Node response, which merges it into the route's headers when they are written.
 * Through Hono's context it would make Hono build a `Headers` object for the response, and @hono/node-server then
 * leaves its plain-object fast path: ~3–10% of an authenticated GET's CPU, measured over HTTP (BENCHMARKS.md,
 * session 6). Under `app.request()` (tests) there is no Node response, so Hono's context takes it.
 */
export function setResponseHeader(c: Context<ApiEnv>, name: string, value: string): void {
  const outgoing = c.env?.outgoing;
  if (outgoing && !outgoing.headersSent) outgoing.setHeader(name, value);
  else c.header(name, value);
}
