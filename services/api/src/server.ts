import { IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { ApiBindings } from './http/api-env.ts';

export interface ApiServerOptions {
  /** The app from `createApiApp` (anything with Hono's `fetch`). */
  app: { fetch(request: Request, env: ApiBindings): Response | Promise<Response> };
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1; a container passes 0.0.0.0. */
  hostname?: string;
  /** How long `close()` waits for in-flight requests before cutting their connections. Default 10. */
  shutdownGraceSeconds?: number;
}

export interface ApiServer {
  /** e.g. `http://localhost:3000`. */
  url: string;
  port: number;
  /**
   * Graceful stop: takes no new connections, ends the event streams, lets in-flight requests finish (for up to
   * the grace period) and resolves once every connection is closed. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

function listen(server: Server, port: number, hostname: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function urlOf(hostname: string, port: number): string {
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Serves the API on node:http until `close()`. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const graceMs = (options.shutdownGraceSeconds ?? 10) * 1000;
  const shutdown = new AbortController();
  const server = createAdaptorServer({
    fetch: (request, env) =>
      options.app.fetch(request, {
        incoming: env.incoming instanceof IncomingMessage ? env.incoming : undefined,
        outgoing: env.outgoing instanceof ServerResponse ? env.outgoing : undefined,
        shutdown: shutdown.signal,
      }),
  }) as Server;
  let closing: Promise<void> | undefined;
  // A keep-alive connection whose last request just finished is idle, and must be closed for close() to finish.
  server.on('request', (_request, response) => {
    response.once('close', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  await listen(server, options.port, hostname);
  const { port } = server.address() as AddressInfo;

  function closeGracefully(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
    });
    shutdown.abort();
    server.closeIdleConnections();
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    return closed.finally(() => clearTimeout(deadline));
  }

  return {
    url: urlOf(hostname, port),
    port,
    close: () => {
      closing ??= closeGracefully();
      return closing;
    },
  };
}
