import { z } from 'zod';
import { newId } from './ids.ts';

export interface User {
  id: string;
  /** The user's own id for now: every user is a tenant of one. Kept explicit so teams can come later. */
  tenantId: string;
  /** Normalized (trimmed, lower case), so uniqueness is case-insensitive. */
  email: string;
  name: string;
  /** Hashing is the API's job; the repository only stores the result. */
  passwordHash: string;
  createdAt: string;
}

/** Lower-cased and trimmed: `Ana@Example.com` and `ana@example.com` are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const newUserSchema = z.object({
  email: z.string().trim().pipe(z.email().max(254)).transform(normalizeEmail),
  name: z.string().trim().min(1).max(200),
  passwordHash: z.string().min(1).max(1024),
});

export type NewUser = z.input<typeof newUserSchema>;

export function buildUser(input: NewUser, now: Date): User {
  const { email, name, passwordHash } = newUserSchema.parse(input);
  const id = newId();
  return { id, tenantId: id, email, name, passwordHash, createdAt: now.toISOString() };
}
