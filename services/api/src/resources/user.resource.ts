import type { User } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ example: 'ana@example.com' }),
    name: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('User');

export type UserResource = z.infer<typeof UserSchema>;

export const UserEnvelopeSchema = z.object({ user: UserSchema }).openapi('UserEnvelope');

/** Never the password hash. */
export function toUserResource(user: User): UserResource {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt };
}
