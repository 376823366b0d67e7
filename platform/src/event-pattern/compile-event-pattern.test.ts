import { describe, expect, test } from 'vitest';
import { compileEventPattern } from './index.ts';

const matches = (pattern: unknown, event: unknown) => compileEventPattern(pattern).matches(event);

describe('matching semantics beyond the conformance cases', () => {
  test('fields matched inside different elements of one array do not combine', () => {
    const event = {
      detail: {
        items: [
          { kind: 'a', size: 1 },
          { kind: 'b', size: 2 },
        ],
      },
    };
    expect(matches({ detail: { items: { kind: ['a'], size: [1] } } }, event)).toBe(true);
    expect(matches({ detail: { items: { kind: ['a'], size: [2] } } }, event)).toBe(false);
    // Elements of different arrays combine freely.
    expect(
      matches(
        { detail: { items: { kind: ['b'] }, tags: ['x'] } },
        { ...event, detail: { ...event.detail, tags: ['y', 'x'] } },
      ),
    ).toBe(true);
  });

  test('array consistency holds through nested arrays', () => {
    const event = {
      a: [
        {
          b: [
            { c: 1, d: 1 },
            { c: 2, d: 2 },
          ],
        },
        { b: [{ c: 3, d: 3 }] },
      ],
    };
    expect(matches({ a: { b: { c: [3], d: [3] } } }, event)).toBe(true);
    expect(matches({ a: { b: { c: [1], d: [2] } } }, event)).toBe(false);
    expect(matches({ a: { b: { c: [1], d: [3] } } }, event)).toBe(false);
  });

  test('values keep their JSON type: strings, numbers and literals never equal each other', () => {
    expect(matches({ n: ['300'] }, { n: 300 })).toBe(false);
    expect(matches({ n: [300] }, { n: '300' })).toBe(false);
    expect(matches({ b: [true] }, { b: 'true' })).toBe(false);
    expect(matches({ z: [null] }, { z: 'null' })).toBe(false);
    expect(matches({ n: [3.0e2] }, { n: 300 })).toBe(true);
  });

  test('exists looks at leaves only: null is present, an empty object or array is not', () => {
    expect(matches({ a: [{ exists: true }] }, { a: null })).toBe(true);
    expect(matches({ a: [{ exists: true }] }, { a: {} })).toBe(false);
    expect(matches({ a: [{ exists: false }] }, { a: [] })).toBe(true);
    expect(matches({ a: [{ exists: false }] }, { a: ['x'] })).toBe(false);
  });

  test('a field repeated in JSON text: the last one wins; an object repeated adds its fields', () => {
    const repeatedField = '{"detail": {"state": ["a"], "state": ["b"]}}';
    expect(matches(repeatedField, { detail: { state: 'b' } })).toBe(true);
    expect(matches(repeatedField, { detail: { state: 'a' } })).toBe(false);
    const repeatedObject = '{"detail": {"a": ["1"]}, "detail": {"b": ["2"]}}';
    expect(matches(repeatedObject, { detail: { a: '1', b: '2' } })).toBe(true);
    expect(matches(repeatedObject, { detail: { b: '2' } })).toBe(false);
    // A dotted key names the same field as the nested form, so it replaces it.
    expect(matches('{"detail": {"state": ["a"]}, "detail.state": ["b"]}', { detail: { state: 'b' } })).toBe(true);
  });

  test('$or forks the fields written before it, and fields after it apply to every branch', () => {
    const pattern = { source: ['s'], $or: [{ a: ['1'] }, { b: ['2'], $or: [{ c: ['3'] }, { d: ['4'] }] }], e: ['5'] };
    expect(matches(pattern, { source: 's', a: '1', e: '5' })).toBe(true);
    expect(matches(pattern, { source: 's', b: '2', d: '4', e: '5' })).toBe(true);
    expect(matches(pattern, { source: 's', b: '2', e: '5' })).toBe(false);
    expect(matches(pattern, { source: 's', a: '1' })).toBe(false);
    expect(matches(pattern, { source: 't', a: '1', e: '5' })).toBe(false);
  });

  test('numeric matching covers the range EventBridge compares (±5e9) and only JSON numbers', () => {
    expect(matches({ n: [{ numeric: ['>', 0] }] }, { n: 5e9 })).toBe(true);
    expect(matches({ n: [{ numeric: ['>', 0] }] }, { n: 5e9 + 1 })).toBe(false);
    expect(matches({ n: [{ numeric: ['>=', -1.5, '<', 0] }] }, { n: -1.5 })).toBe(true);
    expect(matches({ n: [{ numeric: ['>=', -1.5, '<', 0] }] }, { n: 0 })).toBe(false);
    expect(matches({ n: [{ numeric: ['=', 2] }] }, { n: [1, 2, 3] })).toBe(true);
  });

  test('cidr ranges start at the address as written, as EventBridge does; IP literals match by address', () => {
    const pattern = { ip: [{ cidr: '10.0.0.5/30' }] };
    expect(matches(pattern, { ip: '10.0.0.6' })).toBe(true);
    expect(matches(pattern, { ip: '10.0.0.4' })).toBe(false);
    expect(matches(pattern, { ip: '10.0.0.8' })).toBe(false);
    expect(matches({ ip: [{ cidr: '::/0' }] }, { ip: '10.0.0.1' })).toBe(false);
    expect(matches({ ip: ['2001:db8::1'] }, { ip: '2001:0db8:0:0:0:0:0:1' })).toBe(true);
    expect(matches({ ip: ['10.0.0.1'] }, { ip: '10.0.0.2' })).toBe(false);
  });

  test('wildcards: escaped stars are literal, stars match any run including none', () => {
    expect(matches({ f: [{ wildcard: 'a\\*b' }] }, { f: 'a*b' })).toBe(true);
    expect(matches({ f: [{ wildcard: 'a\\*b' }] }, { f: 'axb' })).toBe(false);
    expect(matches({ f: [{ wildcard: 'a\\\\*' }] }, { f: 'a\\anything' })).toBe(true);
    expect(matches({ f: [{ wildcard: '*/lib/*' }] }, { f: '/lib/' })).toBe(true);
    expect(matches({ f: [{ 'anything-but': { wildcard: '*.tmp' } }] }, { f: 'x.tmp' })).toBe(false);
    expect(matches({ f: [{ 'anything-but': { wildcard: '*.tmp' } }] }, { f: 'x.txt' })).toBe(true);
  });

  test('case-insensitive operators ignore case only', () => {
    expect(matches({ s: [{ 'equals-ignore-case': 'ÉTÉ' }] }, { s: 'été' })).toBe(true);
    expect(matches({ s: [{ suffix: { 'equals-ignore-case': '.PNG' } }] }, { s: 'a.png' })).toBe(true);
    expect(matches({ s: [{ 'anything-but': { 'equals-ignore-case': ['A', 'b'] } }] }, { s: 'B' })).toBe(false);
  });

  test('anything-but on an event array matches when any element is not excluded', () => {
    expect(matches({ s: [{ 'anything-but': 'a' }] }, { s: ['a', 'b'] })).toBe(true);
    expect(matches({ s: [{ 'anything-but': 'a' }] }, { s: ['a'] })).toBe(false);
  });

  test('only JSON objects can match', () => {
    const pattern = compileEventPattern({ source: [{ exists: false }] });
    expect(pattern.matches({})).toBe(true);
    for (const event of [null, [], 'source', 1, undefined]) expect(pattern.matches(event)).toBe(false);
  });

  test('keys are looked up as own properties, never through the prototype', () => {
    expect(matches({ constructor: [{ exists: true }] }, {})).toBe(false);
    expect(matches({ toString: [{ exists: false }] }, { a: 1 })).toBe(true);
  });
});
