import { describe, expect, it } from 'vitest';
import { idSchema, newId } from './ids.ts';

describe('newId', () => {
  it('makes ids that sort in the order they were made, within one millisecond too', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
  });

  it('makes ids every id field accepts (URL- and path-safe)', () => {
    expect(idSchema.parse(newId())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
