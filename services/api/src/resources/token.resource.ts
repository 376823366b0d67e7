import { z } from '@hono/zod-openapi';

export const TokenSchema = z
  .object({
    token: z.string().openapi({ description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: z.iso.datetime(),
  })
  .openapi('Token');
