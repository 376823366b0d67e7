import * as z from 'zod/mini';

/** A signed-in creator: the API's bearer token, when it stops working, and who it was issued to. */
export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  email: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** A token this close to expiry is treated as expired, so a request does not start with one that lapses in flight. */
const EXPIRY_MARGIN_MS = 30_000;

export function isSessionLive(session: Session, now: Date): boolean {
  return Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS > now.getTime();
}
