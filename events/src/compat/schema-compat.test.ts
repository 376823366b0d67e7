import { describe, expect, test } from 'vitest';
import { compareSchemas, type SchemaChangeKind } from './schema-compat.ts';

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const text = { type: 'string' };

function kinds(published: unknown, candidate: unknown): Array<[SchemaChangeKind, boolean, string]> {
  return compareSchemas(published, candidate, 'detail').map((change) => [change.kind, change.breaking, change.path]);
}

describe('compareSchemas: no difference', () => {
  test('reports nothing for identical schemas, whatever the key order', () => {
    const schema = object({ id: text, tags: { type: 'array', items: text, minItems: 1 } });
    const reordered = { required: ['id', 'tags'], properties: schema.properties, type: 'object' };
    expect(compareSchemas(schema, reordered)).toEqual([]);
  });
});

describe('compareSchemas: compatible changes', () => {
  test('adding an optional field', () => {
    expect(kinds(object({ id: text }), object({ id: text, note: text }, ['id']))).toEqual([
      ['field-added-optional', false, 'detail.note'],
    ]);
  });

  test('adding an optional field deep inside an array item', () => {
    const before = object({ blobs: { type: 'array', items: object({ key: text }) } });
    const after = object({ blobs: { type: 'array', items: object({ key: text, role: text }, ['key']) } });
    expect(kinds(before, after)).toEqual([['field-added-optional', false, 'detail.blobs[].role']]);
  });

  test('editing a description', () => {
    expect(kinds({ ...text, description: 'old' }, { ...text, description: 'new' })).toEqual([
      ['annotation-changed', false, 'detail'],
    ]);
  });
});

describe('compareSchemas: breaking changes', () => {
  test.each<[string, unknown, unknown, SchemaChangeKind, string]>([
    ['removing a field', object({ id: text, note: text }), object({ id: text }), 'field-removed', 'detail.note'],
    [
      'adding a required field',
      object({ id: text }),
      object({ id: text, owner: text }),
      'field-added-required',
      'detail.owner',
    ],
    [
      'making an optional field required',
      object({ id: text, note: text }, ['id']),
      object({ id: text, note: text }),
      'optional-to-required',
      'detail.note',
    ],
    [
      'making a required field optional',
      object({ id: text, note: text }),
      object({ id: text, note: text }, ['id']),
      'required-to-optional',
      'detail.note',
    ],
    ['narrowing a type', { type: ['string', 'null'] }, text, 'type-narrowed', 'detail'],
    ['widening a type', { type: 'integer' }, { type: ['integer', 'string'] }, 'type-widened', 'detail'],
    ['narrowing a string to an enum', text, { ...text, enum: ['a', 'b'] }, 'values-narrowed', 'detail'],
    ['fixing a value with const', text, { ...text, const: '1' }, 'values-narrowed', 'detail'],
    ['removing an enum member', { enum: ['a', 'b'] }, { enum: ['a'] }, 'values-narrowed', 'detail'],
    ['adding an enum member', { enum: ['a', 'b'] }, { enum: ['a', 'b', 'c'] }, 'values-widened', 'detail'],
    [
      'lowering a maximum',
      { type: 'number', maximum: 100 },
      { type: 'number', maximum: 50 },
      'range-tightened',
      'detail',
    ],
    ['adding a minimum', { type: 'number' }, { type: 'number', minimum: 0 }, 'range-tightened', 'detail'],
    ['raising a minLength', { ...text, minLength: 1 }, { ...text, minLength: 3 }, 'range-tightened', 'detail'],
    ['raising minItems', { type: 'array', minItems: 0 }, { type: 'array', minItems: 1 }, 'range-tightened', 'detail'],
    ['raising a maximum', { type: 'number', maximum: 50 }, { type: 'number', maximum: 100 }, 'range-relaxed', 'detail'],
    ['adding a pattern', text, { ...text, pattern: '^[a-z]+$' }, 'constraint-changed', 'detail'],
    ['changing a format', { ...text, format: 'uuid' }, { ...text, format: 'email' }, 'constraint-changed', 'detail'],
    [
      'forbidding additional properties',
      object({ id: text }),
      { ...object({ id: text }), additionalProperties: false },
      'additional-properties-tightened',
      'detail',
    ],
    [
      'typing previously free additional properties',
      { type: 'object', additionalProperties: {} },
      { type: 'object', additionalProperties: { type: 'number' } },
      'type-narrowed',
      'detail.*',
    ],
    [
      'allowing additional properties that were forbidden',
      { ...object({ id: text }), additionalProperties: false },
      object({ id: text }),
      'additional-properties-loosened',
      'detail',
    ],
    [
      'removing a union member',
      { anyOf: [text, { type: 'null' }] },
      { anyOf: [text] },
      'union-member-removed',
      'detail',
    ],
    ['adding a union member', text, { anyOf: [text, { type: 'null' }] }, 'union-member-added', 'detail'],
    [
      'narrowing a field nested in a union member',
      { anyOf: [object({ size: { type: 'number' } }), { type: 'null' }] },
      { anyOf: [object({ size: { type: 'integer' } }), { type: 'null' }] },
      'union-member-removed',
      'detail',
    ],
    [
      'changing an unknown keyword',
      { not: { type: 'null' } },
      { not: { type: 'string' } },
      'unsupported-change',
      'detail',
    ],
    [
      'switching a union from anyOf to oneOf',
      { anyOf: [text, { type: 'null' }] },
      { oneOf: [text, { type: 'null' }] },
      'unsupported-change',
      'detail',
    ],
  ])('%s', (_label, published, candidate, kind, path) => {
    const changes = compareSchemas(published, candidate, 'detail');
    expect(changes).toContainEqual(expect.objectContaining({ kind, path, breaking: true }));
  });

  test('an optional field added to an object that forbade extras is breaking', () => {
    const closed = { ...object({ id: text }), additionalProperties: false };
    const withNote = { ...object({ id: text, note: text }, ['id']), additionalProperties: false };
    expect(kinds(closed, withNote)).toEqual([['field-added-optional', true, 'detail.note']]);
  });

  test('changes are found at depth and reported with their path', () => {
    const before = object({ data: object({ percent: { type: 'number', minimum: 0, maximum: 100 } }) });
    const after = object({ data: object({ percent: { type: 'number', minimum: 0, maximum: 10 } }) });
    expect(compareSchemas(before, after, 'detail')).toEqual([
      {
        kind: 'range-tightened',
        breaking: true,
        path: 'detail.data.percent',
        message: 'maximum 100 → 10 (tightened)',
      },
    ]);
  });

  test('accepts the boolean schemas of draft-7', () => {
    expect(kinds(true, {})).toEqual([]);
    expect(kinds(true, false)).toEqual([['unsupported-change', true, 'detail']]);
  });

  test('refuses input that is not a schema', () => {
    expect(() => compareSchemas(42, {})).toThrow(/Not a JSON Schema/);
  });
});
