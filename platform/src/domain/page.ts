import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PageRequest {
  /** 1–100, default 20. */
  limit?: number;
  cursor?: string;
}

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** Where a page ends in a listing ordered newest first by `createdAt`, then by id. */
export interface PagePosition {
  createdAt: string;
  id: string;
}

export class InvalidPageLimitError extends Error {
  override readonly name = 'InvalidPageLimitError';

  constructor(limit: number) {
    super(`page limit must be an integer from 1 to ${MAX_PAGE_LIMIT}, got ${limit}`);
  }
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';

  constructor(reason: string) {
    super(`invalid page cursor: ${reason}`);
  }
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) throw new InvalidPageLimitError(limit);
  return limit;
}

const positionSchema = z.object({ createdAt: z.iso.datetime(), id: z.string().min(1).max(64) }).strict();

/**
 * A cursor is `<payload>.<digest>`, the digest binding the payload to the listing it came from (`scope`:
 * collection, tenant, filters). It is integrity-checked rather than secret: a hand-made cursor can only
 * reposition a listing inside the caller's own tenant, so an unkeyed digest is enough to turn edits, truncation
 * and cursors reused on another listing into a clear error instead of a silently wrong page.
 */
function digest(scope: string, payload: string): Buffer {
  return createHash('sha256').update(scope).update('\n').update(payload).digest().subarray(0, 16);
}

export function encodeCursor(scope: string, position: PagePosition): string {
  const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${payload}.${digest(scope, payload).toString('base64url')}`;
}

export function decodeCursor(scope: string, cursor: string): PagePosition {
  const [payload, mac, ...rest] = cursor.split('.');
  if (payload === undefined || mac === undefined || rest.length > 0) throw new InvalidCursorError('malformed');
  const given = Buffer.from(mac, 'base64url');
  const expected = digest(scope, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidCursorError('it was altered or belongs to another listing');
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('malformed');
  }
  const parsed = positionSchema.safeParse(decoded);
  if (!parsed.success) throw new InvalidCursorError('malformed');
  return parsed.data;
}

/**
 * Turns the `limit + 1` rows an adapter fetched into a page: the extra row only says that another page exists.
 */
export function toPage<T extends PagePosition>(rows: T[], limit: number, scope: string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(scope, { createdAt: last.createdAt, id: last.id }) : null,
  };
}

/** Names one listing (collection, tenant, filters) so its cursors are refused anywhere else. */
export function listingScope(
  listing: string,
  tenantId: string,
  filters: Record<string, string | undefined> = {},
): string {
  return JSON.stringify([listing, tenantId, filters]);
}
