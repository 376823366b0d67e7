import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.ts';
import { setResponseHeader } from '../http/response-header.ts';

/** Ids a client may send are bounded and plain, so they are safe to log and to carry in events. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the client's `X-Request-Id` when well-formed) and a correlation id
 * (the client's `X-Correlation-Id`, else the request id) that travel into every command and event.
 */
export function requestContext(): MiddlewareHandler<ApiEnv> {
  return async function requestContextMiddleware(c, next) {
    const offered = c.req.header('X-Request-Id');
    const requestId = offered && CLIENT_ID.test(offered) ? offered : randomUUID();
    const correlation = c.req.header('X-Correlation-Id');
    c.set('requestId', requestId);
    c.set('correlationId', correlation && CLIENT_ID.test(correlation) ? correlation : requestId);
    setResponseHeader(c, 'X-Request-Id', requestId);
    setResponseHeader(c, 'X-Correlation-Id', c.get('correlationId'));
    await next();
  };
}
