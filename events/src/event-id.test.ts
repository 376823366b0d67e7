import { describe, expect, test } from 'vitest';
import { newEventId } from './event-id.ts';

const timeOf = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe('newEventId', () => {
  test('is a version 7 UUID with the RFC 9562 variant', () => {
    expect(newEventId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('encodes the creation time in its first 48 bits', () => {
    const before = Date.now();
    const id = newEventId();
    const after = Date.now();
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(after);
  });

  test('sorts by creation time across milliseconds', async () => {
    const first = newEventId();
    await new Promise((resolve) => setTimeout(resolve, 3));
    const second = newEventId();
    expect(timeOf(second)).toBeGreaterThan(timeOf(first));
    expect([second, first].sort()).toEqual([first, second]);
  });

  test('differs and sorts in creation order within one millisecond too', () => {
    const ids = Array.from({ length: 1000 }, () => newEventId());
    expect(new Set(ids).size).toBe(1000);
    expect(timeOf(ids[999]!) - timeOf(ids[0]!)).toBeLessThan(1000);
    expect([...ids].sort()).toEqual(ids);
  });
});
