import { z } from '@hono/zod-openapi';

/** The `Idempotency-Key` header of the requests that create a job. */
export const IdempotencyKeyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7E]{1,255}$/, 'Idempotency-Key must be 1–255 visible ASCII characters (no spaces)')
    .optional()
    .openapi({
      description: 'Sending the same key again returns the job it created instead of creating another.',
      example: '7d4c2a9e-4b1f-4f8e-9c3a-5e6d7f8a9b0c',
    }),
});
