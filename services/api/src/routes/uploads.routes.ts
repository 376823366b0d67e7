import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { problems } from '../http/problem.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { MAX_UPLOAD_BYTES, uploadMedia } from '../use-cases/upload-media.ts';

/** Uploads carry raw image bytes, so the JSON-only rule and the JSON body limit do not apply to this path. */
export const UPLOAD_PATH = '/api/v1/uploads';

const UploadSchema = z
  .object({
    blobKey: z.string().openapi({ description: 'Pass it as a task input, e.g. `backgroundBlobKey`.' }),
    bytes: z.number().int(),
    contentType: z.string().openapi({ description: 'What the bytes are, whatever the request said.' }),
  })
  .openapi('Upload');

export function uploadRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const limit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => {
      throw problems.payloadTooLarge(MAX_UPLOAD_BYTES);
    },
  });
  return new OpenAPIHono<ApiEnv>().openapi(
    createRoute({
      method: 'post',
      path: UPLOAD_PATH,
      tags: ['content'],
      summary: 'Upload an image of your own (bring your own media), e.g. a background for thumbnails and videos',
      description: `The raw bytes as the body: PNG, JPEG, GIF, WebP or AVIF, up to ${MAX_UPLOAD_BYTES} bytes. SVG is refused.`,
      security: bearerSecurity,
      middleware: [...guards.user, limit],
      responses: {
        201: { description: 'Stored; use the blob key in task inputs.', content: jsonContent(UploadSchema) },
        ...problemResponses(400, 401, 413, 429),
      },
    }),
    async (c) => {
      const body = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await uploadMedia(deps.blobs, c.get('principal'), body), 201);
    },
  );
}
