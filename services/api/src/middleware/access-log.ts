import type { MiddlewareHandler } from 'hono';
import type { ApiLogger } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';

/**
 * One line per request. The path is logged without its query string (an event stream's `access_token` is
 * there) and no header or body is logged.
 */
export function accessLog(logger: ApiLogger): MiddlewareHandler<ApiEnv> {
  return async function accessLogMiddleware(c, next) {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId: c.get('requestId'),
      correlationId: c.get('correlationId'),
      userId: c.get('principal')?.userId,
    });
  };
}
