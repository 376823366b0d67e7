import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves the built site the way the API is asked to (see frontend/README.md, "Serving the site") and passes
 * `/api/` and `/blobs/` through to a running ContentFlow system, so a browser sees one origin as it will in
 * production. For tests and screenshots only.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const PROXIED = ['/api/', '/blobs/'];

export interface StaticSiteServer {
  url: string;
  /** Where `/api/` and `/blobs/` go; set once the system behind is running. */
  setUpstream(url: string): void;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The file for a URL path: the file itself, or `index.html` of a directory; undefined outside `root`. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  return (await fileAt(path)) ?? (await fileAt(join(path, 'index.html')));
}

function sendFile(response: ServerResponse, path: string, status: number, pathname: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (extname(path) === '.html') {
    // What a <meta> policy cannot say.
    response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    response.setHeader('Referrer-Policy', 'same-origin');
  }
  // Hashed file names under /_astro/ never change content; pages must be revalidated to pick up a new build.
  response.setHeader(
    'Cache-Control',
    pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  createReadStream(path).pipe(response);
}

function proxy(upstream: string, incoming: IncomingMessage, response: ServerResponse): void {
  const target = new URL(incoming.url ?? '/', upstream);
  const outgoing = request(
    target,
    { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      // Piped without buffering, so event streams arrive as they are written.
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  response.on('close', () => outgoing.destroy());
  incoming.pipe(outgoing);
}

export async function startStaticSiteServer(root: string): Promise<StaticSiteServer> {
  let upstream: string | undefined;
  const server: Server = createServer((incoming, response) => {
    const pathname = new URL(incoming.url ?? '/', 'http://site.invalid').pathname;
    if (PROXIED.some((prefix) => pathname.startsWith(prefix))) {
      if (upstream === undefined) {
        response.writeHead(503).end();
        return;
      }
      proxy(upstream, incoming, response);
      return;
    }
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    void (async () => {
      // A directory asked for without its slash is redirected, so the page's relative URLs resolve inside it.
      const file = await resolveFile(root, pathname);
      if (file?.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      if (file !== undefined) {
        sendFile(response, file, 200, pathname);
        return;
      }
      const notFound = await fileAt(join(root, '404.html'));
      if (notFound !== undefined) sendFile(response, notFound, 404, pathname);
      else response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setUpstream(url) {
      upstream = url;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
