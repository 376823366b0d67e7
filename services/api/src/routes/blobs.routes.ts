import { BlobNotFoundError, type BlobStore, ExpiredSignedUrlError, InvalidSignedUrlError } from '@contentflow/platform';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { blobResponse } from '../http/blob-response.ts';
import { problems } from '../http/problem.ts';
import { problemResponses } from '../openapi/problem-responses.ts';

/**
 * Serves the signed URLs of the local blob store (`<publicUrl>/blobs/<key>?expires=…&signature=…`). The URL is the
 * credential: no bearer token, and the key is taken only from a URL whose signature covers it.
 */
export function blobRoutes(
  localBlobs: NonNullable<ApiDependencies['localBlobs']>,
  blobs: BlobStore,
): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/blobs/{key}',
    tags: ['content'],
    summary: 'Download through a signed URL (local blob store only)',
    description: 'The URL comes from GET /api/v1/content/{id}/download. `key` may contain slashes.',
    request: {
      params: z.object({ key: z.string() }),
      query: z.object({ expires: z.string(), signature: z.string() }),
    },
    responses: {
      200: {
        description: 'The bytes, with their stored media type.',
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...problemResponses(403, 404, 410),
    },
  });
  app.get('/blobs/*', async (c) => {
    let key: string;
    try {
      key = localBlobs.verifySignedUrl(c.req.url);
    } catch (error) {
      if (error instanceof ExpiredSignedUrlError)
        throw problems.gone(`this download link expired at ${error.expiredAt.toISOString()}`);
      if (error instanceof InvalidSignedUrlError) throw problems.forbidden(error.message);
      throw error;
    }
    try {
      return blobResponse(c, await blobs.stream(key));
    } catch (error) {
      if (error instanceof BlobNotFoundError) throw problems.notFound('the blob this link points to no longer exists');
      throw error;
    }
  });
  return app;
}
