import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError, listingScope } from './page.ts';

describe('page cursors', () => {
  const scope = listingScope('jobs', 'tenant-a', { status: 'running' });
  const position = { createdAt: '2026-03-01T09:00:00.000Z', id: 'job-1' };

  it('round-trips a position within its listing', () => {
    expect(decodeCursor(scope, encodeCursor(scope, position))).toEqual(position);
  });

  it('refuses a cursor re-encoded with a forged position but the old digest', () => {
    const [, digest] = encodeCursor(scope, position).split('.');
    const forged = Buffer.from(JSON.stringify({ ...position, id: 'job-9' })).toString('base64url');
    expect(() => decodeCursor(scope, `${forged}.${digest}`)).toThrow(InvalidCursorError);
  });

  it('refuses a well-signed payload of the wrong shape', () => {
    const cursor = encodeCursor(scope, { createdAt: 'yesterday', id: 'job-1' });
    expect(() => decodeCursor(scope, cursor)).toThrow(/malformed/);
  });

  it('keeps listings apart: tenant and filters are part of the scope', () => {
    const cursor = encodeCursor(scope, position);
    expect(() => decodeCursor(listingScope('jobs', 'tenant-a'), cursor)).toThrow(/another listing/);
    expect(() => decodeCursor(listingScope('jobs', 'tenant-b', { status: 'running' }), cursor)).toThrow(
      InvalidCursorError,
    );
  });
});
