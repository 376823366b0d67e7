import type { MiddlewareHandler } from 'hono';
import { InvalidTokenError, type TokenService } from '../auth/token-service.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { problems } from '../http/problem.ts';

export interface AuthenticateOptions {
  tokens: TokenService;
  /**
   * Also accept `?access_token=`: only for event streams, because EventSource cannot set headers. A header, when
   * present, still wins.
   */
  acceptQueryToken?: boolean;
}

/** Requires a valid bearer token and puts the caller's principal on the context. */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<ApiEnv> {
  return async function authenticateMiddleware(c, next) {
    const header = c.req.header('Authorization');
    let token: string | undefined;
    if (header) {
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
      if (!match) throw problems.unauthorized('Authorization header must be "Bearer <token>"');
      token = match[1];
    } else if (options.acceptQueryToken) {
      token = c.req.query('access_token');
    }
    if (!token) throw problems.unauthorized('a bearer token is required');
    try {
      c.set('principal', await options.tokens.verify(token));
    } catch (error) {
      if (error instanceof InvalidTokenError) throw problems.unauthorized(error.message);
      throw error;
    }
    await next();
  };
}
