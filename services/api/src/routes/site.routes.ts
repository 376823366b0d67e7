import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/** Paths the API answers itself; the site never shadows them. */
const API_PREFIXES = ['/api/', '/blobs/', '/docs', '/health', '/ready'];

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names: itself, or its directory's `index.html`; undefined when it would leave `root`. */
async function fileFor(root: string, pathname: string): Promise<{ path: string; directory: boolean } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (await isFile(path)) return { path, directory: false };
  const index = join(path, 'index.html');
  return (await isFile(index)) ? { path: index, directory: true } : undefined;
}

function fileResponse(path: string, status: number, pathname: string): Response {
  const headers = new Headers({
    'Content-Type': getMimeType(path) ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    // Hashed names under /_astro/ never change content; pages are revalidated so a new build shows at once.
    'Cache-Control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (extname(path) === '.html') {
    // What the pages' <meta> policy cannot say.
    headers.set('Content-Security-Policy', "frame-ancestors 'none'");
    headers.set('Referrer-Policy', 'same-origin');
  }
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, { status, headers });
}

/**
 * The creators' web site (the Astro build in `siteDir`) at `/`: static files only, no SPA fallback — an unknown
 * path gets the site's 404 page. A directory asked for without its slash is redirected, so relative URLs resolve.
 */
export function siteRoutes(siteDir: string): Hono {
  const root = resolve(siteDir);
  return new Hono().on(['GET', 'HEAD'], '*', async (c, next) => {
    const { pathname } = new URL(c.req.url);
    if (API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return next();
    const file = await fileFor(root, pathname);
    if (file?.directory && !pathname.endsWith('/')) return c.redirect(`${pathname}/`, 301);
    if (file) return fileResponse(file.path, 200, pathname);
    const notFound = join(root, '404.html');
    return (await isFile(notFound)) ? fileResponse(notFound, 404, pathname) : next();
  });
}
