import { describe, expect, test } from 'vitest';
import { newEventId } from './event-id.ts';

describe('newEventId', () => {
  test('is a version 7 UUID with the RFC 9562 variant', () => {
    expect(newEventId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('encodes the creation time in its first 48 bits', () => {
    const at = Date.UTC(2026, 10, 5, 12, 30, 15, 123);
    const id = newEventId(at);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  test('sorts by creation time across milliseconds', () => {
    const ids = [3, 1, 2].map((offset) => newEventId(1_700_000_000_000 + offset));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  test('sorts in creation order within one millisecond too', () => {
    const ids = Array.from({ length: 1000 }, () => newEventId());
    expect([...ids].sort()).toEqual(ids);
  });

  test('differs within the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newEventId(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });
});
