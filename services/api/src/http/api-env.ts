import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VerifiedPrincipal } from '../auth/token-service.ts';

/**
 * What the server passes in with every request. `incoming` is @hono/node-server's request (for the client
 * address), `outgoing` its response (for headers every response carries, see `setResponseHeader`); `shutdown`
 * aborts when the server closes, so long-lived streams end. All are absent under `app.request()` in tests.
 */
export interface ApiBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
  shutdown?: AbortSignal;
}

/** Typed context variables every route can rely on. */
export interface ApiEnv {
  Bindings: ApiBindings;
  Variables: {
    requestId: string;
    correlationId: string;
    principal: VerifiedPrincipal;
  };
}
