import type { Content } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';

export const ContentSchema = z
  .object({
    id: z.string(),
    jobId: z.string(),
    kind: z.string().openapi({ example: 'text/analysis' }),
    mimeType: z.string().openapi({ example: 'application/json' }),
    bytes: z.number().int().nonnegative(),
    title: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()),
    provider: z.object({ engine: z.string(), provider: z.string(), model: z.string().optional() }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Content');

export type ContentResource = z.infer<typeof ContentSchema>;

export const ContentPageSchema = z
  .object({ items: z.array(ContentSchema), nextCursor: z.string().nullable() })
  .openapi('ContentPage');

/** Content metadata as the API shows it; the blob key and producer bookkeeping stay inside. */
export function toContentResource(content: Content): ContentResource {
  return {
    id: content.id,
    jobId: content.jobId,
    kind: content.kind,
    mimeType: content.mimeType,
    bytes: content.bytes,
    ...(content.title === undefined ? {} : { title: content.title }),
    metadata: content.metadata,
    provider: content.provider,
    createdAt: content.createdAt,
  };
}
