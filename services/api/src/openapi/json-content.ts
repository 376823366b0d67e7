import type { z } from '@hono/zod-openapi';

/** An OpenAPI `content` entry for a JSON body with this schema. */
export function jsonContent<S extends z.ZodType>(schema: S) {
  return { 'application/json': { schema } };
}
