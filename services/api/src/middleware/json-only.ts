import type { MiddlewareHandler } from 'hono';
import { problems } from '../http/problem.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The API speaks JSON only: a body in any other media type is refused before anything reads it, and a JSON body
 * is parsed here so a syntax error is reported with the parser's own words. Hono caches the parsed body, so the
 * route's validator does not parse it again.
 */
export function jsonOnly(options: { except?: readonly string[] } = {}): MiddlewareHandler {
  const except = new Set(options.except ?? []);
  return async function jsonOnlyMiddleware(c, next) {
    if (except.has(c.req.path)) return next();
    // The method is checked first: reading `body` on a GET makes the Node adapter build a stream for nothing.
    if (BODY_METHODS.has(c.req.method) && c.req.header('Content-Length') !== '0' && c.req.raw.body !== null) {
      const type = c.req.header('Content-Type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw problems.unsupportedMediaType(`Content-Type must be application/json, got "${type || 'none'}"`);
      }
      try {
        await c.req.json();
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw problems.badRequest(`request body is not valid JSON: ${error.message}`);
      }
    }
    await next();
  };
}
