import { describe, expect, test } from 'vitest';
import { toDraft4 } from './draft4-schema.ts';

describe('toDraft4', () => {
  test('const becomes a one-value enum, at any depth', () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { version: { const: '1' }, tags: { type: 'array', items: { anyOf: [{ const: 'a' }] } } },
    };
    expect(toDraft4(draft7)).toEqual({
      type: 'object',
      properties: { version: { enum: ['1'] }, tags: { type: 'array', items: { anyOf: [{ enum: ['a'] }] } } },
    });
  });

  test('numeric exclusive bounds become draft-4 boolean flags on minimum/maximum', () => {
    expect(toDraft4({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100 })).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 100,
      exclusiveMaximum: true,
    });
  });

  test('property names and instance data that look like keywords are left alone', () => {
    const schema = {
      properties: { const: { type: 'string' }, exclusiveMinimum: { type: 'number' } },
      enum: [{ const: 1 }],
      default: { const: 2 },
      required: ['const'],
    };
    expect(toDraft4(schema)).toEqual(schema);
  });
});
