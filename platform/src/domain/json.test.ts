import { describe, expect, it } from 'vitest';
import { jsonObjectSchema } from './json.ts';

describe('jsonObjectSchema', () => {
  it('accepts any JSON object, nested arrays and objects included, unchanged', () => {
    const value = { a: 'x', b: 1.5, c: true, d: null, e: [1, 'two', { f: [null, false] }], g: { h: { i: 0 } } };
    expect(jsonObjectSchema.parse(value)).toEqual(value);
    expect(jsonObjectSchema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    ['a date', { at: new Date(0) }, ['at']],
    ['infinity', { n: Number.POSITIVE_INFINITY }, ['n']],
    ['NaN deep in an array', { list: [1, [2, Number.NaN]] }, ['list', 1, 1]],
    ['undefined', { gone: undefined }, ['gone']],
    ['a function in an object in an array', { list: [{ f: () => 1 }] }, ['list', 0, 'f']],
    ['a bigint', { big: 1n }, ['big']],
    ['a class instance', { map: new Map() }, ['map']],
  ])('rejects %s, naming where', (_name, value, path) => {
    const result = jsonObjectSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path, message: expect.stringContaining('is not JSON') }),
    ]);
  });

  it.each([
    ['an array', [1]],
    ['null', null],
    ['a string', 'x'],
  ])('rejects %s where an object belongs', (_name, value) => {
    expect(jsonObjectSchema.safeParse(value).success).toBe(false);
  });
});
