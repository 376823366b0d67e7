import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { ApiEnv } from '../http/api-env.ts';

export const SPEC_PATH = '/api/v1/openapi.json';

const API_VERSION = '1.0.0';

const DESCRIPTION = `Submit jobs to ContentFlow's engines, follow them live and fetch what they produce.

Sign up, log in for a bearer token (an ES256 JWT) and send it as \`Authorization: Bearer <token>\`.
Every id is scoped to the caller's tenant: another tenant's job or content answers 404.
Errors are \`application/problem+json\` (RFC 9457) with a precise \`detail\`.`;

/**
 * Serves the OpenAPI 3.1 document of `api`, generated from the routes' zod schemas. It is built on first request,
 * when every route is registered, and cached: the routes never change after start-up.
 */
export function openApiRoutes(api: OpenAPIHono<ApiEnv>, publicUrl: string): Hono<ApiEnv> {
  let document: ReturnType<OpenAPIHono['getOpenAPI31Document']> | undefined;
  return new Hono<ApiEnv>().get(SPEC_PATH, (c) => {
    document ??= api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'ContentFlow API', version: API_VERSION, description: DESCRIPTION },
      servers: [{ url: publicUrl }],
    });
    return c.json(document);
  });
}
