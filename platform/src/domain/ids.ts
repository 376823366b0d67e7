import { uuidv7 } from 'uuidv7';
import { z } from 'zod';

/**
 * Ids of tenants and records. Restricted to URL- and path-safe characters because a tenant id is the first
 * segment of every blob key and ids appear in API paths.
 */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 of [A-Za-z0-9_-]');

/**
 * A new record id: a UUID v7, so ids sort by creation, within a millisecond too. Listings order by creation time
 * then id, and records created in the same millisecond must still come out newest first.
 */
export function newId(): string {
  return uuidv7();
}
