import type { Content } from '@contentflow/platform';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getExtension } from 'hono/utils/mime';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { blobResponse } from '../http/blob-response.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { IdParams } from '../openapi/id-param.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { PageQuery } from '../openapi/page-query.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { ContentPageSchema, ContentSchema, toContentResource } from '../resources/content.resource.ts';
import { contentDownloadUrl, openContentDownload } from '../use-cases/download-content.ts';
import { getContent } from '../use-cases/get-content.ts';
import { listContent } from '../use-cases/list-content.ts';

const DownloadQuery = z.object({
  redirect: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: '`false` streams the bytes instead of redirecting to a signed URL.' }),
});

/** `text-analysis-<id>.json`: built from the kind and id only, so it never needs escaping. */
function fileName(content: Content): string {
  return `${content.kind.replace('/', '-')}-${content.id}.${getExtension(content.mimeType) ?? 'bin'}`;
}

export function contentRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const { content } = deps.repositories;
  const downloadDeps = { content, blobs: deps.blobs };
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/content',
        tags: ['content'],
        summary: "List the caller's content, newest first",
        security: bearerSecurity,
        middleware: guards.user,
        request: { query: PageQuery },
        responses: {
          200: { description: 'One page of content.', content: jsonContent(ContentPageSchema) },
          ...problemResponses(400, 401, 429),
        },
      }),
      async (c) => {
        const page = await listContent(content, c.get('principal'), c.req.valid('query'));
        return c.json({ items: page.items.map(toContentResource), nextCursor: page.nextCursor }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/content/{id}',
        tags: ['content'],
        summary: 'Get content metadata',
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams },
        responses: {
          200: { description: 'The content.', content: jsonContent(ContentSchema) },
          ...problemResponses(400, 401, 404, 429),
        },
      }),
      async (c) =>
        c.json(toContentResource(await getContent(content, c.get('principal'), c.req.valid('param').id)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/content/{id}/download',
        tags: ['content'],
        summary: 'Download the content',
        description: `Redirects to a signed URL valid for ${deps.settings.downloadUrlTtlSeconds} s, or with \`redirect=false\` streams the bytes.`,
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams, query: DownloadQuery },
        responses: {
          302: {
            description: 'To a short-lived signed URL of the bytes.',
            headers: { Location: { schema: { type: 'string', format: 'uri' } } },
          },
          200: {
            description: 'The bytes, with their stored media type and a `Content-Disposition` file name.',
            content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
          },
          ...problemResponses(400, 401, 404, 429),
        },
      }),
      async (c) => {
        const principal = c.get('principal');
        const { id } = c.req.valid('param');
        if (c.req.valid('query').redirect === 'true') {
          const { url } = await contentDownloadUrl(downloadDeps, principal, id, deps.settings.downloadUrlTtlSeconds);
          c.header('Cache-Control', 'private, no-store');
          return c.redirect(url, 302);
        }
        const download = await openContentDownload(downloadDeps, principal, id);
        return blobResponse(c, download.blob, `attachment; filename="${fileName(download.content)}"`);
      },
    );
}
