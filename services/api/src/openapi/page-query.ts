import { MAX_PAGE_LIMIT } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';

/** `cursor` and `limit` of every listing. */
export const PageQuery = z.object({
  cursor: z
    .string()
    .min(1)
    .max(1024)
    .optional()
    .openapi({ description: "The previous page's `nextCursor`; valid only for the same listing and filters." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .optional()
    .openapi({ description: `Items per page, 1–${MAX_PAGE_LIMIT} (default 20).`, example: 20 }),
});
