import { Readable } from 'node:stream';
import type { BlobStream } from '@contentflow/platform';
import type { Context } from 'hono';
import type { ApiEnv } from './api-env.ts';

/**
 * Streams stored bytes with the media type they were stored with. Content is user-generated and served from the
 * API's origin, so browsers are told not to sniff it and not to run anything in it.
 */
export function blobResponse(c: Context<ApiEnv>, blob: BlobStream, contentDisposition?: string): Response {
  c.header('Content-Type', blob.contentType);
  c.header('Content-Length', String(blob.size));
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Security-Policy', "default-src 'none'; sandbox");
  c.header('Cache-Control', 'private, no-store');
  if (contentDisposition) c.header('Content-Disposition', contentDisposition);
  return c.body(Readable.toWeb(blob.body) as ReadableStream<Uint8Array>, 200);
}
