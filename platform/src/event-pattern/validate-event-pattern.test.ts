import { describe, expect, test } from 'vitest';
import { compileEventPattern, InvalidEventPatternError } from './index.ts';

function rejection(pattern: unknown): InvalidEventPatternError {
  try {
    compileEventPattern(pattern);
  } catch (error) {
    if (error instanceof InvalidEventPatternError) return error;
    throw error;
  }
  throw new Error(`pattern was accepted: ${JSON.stringify(pattern)}`);
}

describe('validation messages say what is wrong and where', () => {
  test.each([
    [{}, 'Empty objects are not allowed', ''],
    [{ detail: {} }, 'Empty objects are not allowed', 'detail'],
    [{ source: [] }, 'Empty arrays are not allowed', 'source'],
    [{ source: [['a']] }, 'Match value must be String, number, true, false, or null', 'source[0]'],
    [{ source: [{}] }, 'Match expression name not found', 'source[0]'],
    [{ source: [{ prefix: 'a', suffix: 'b' }] }, 'Only one key allowed in match expression', 'source[0].suffix'],
    [{ source: [{ regex: 'a' }] }, 'Unrecognized match type regex', 'source[0].regex'],
    [
      { source: [{ prefix: { 'equals-ignore-case': 1 } }] },
      'equals-ignore-case match pattern must be a string',
      'source[0].prefix.equals-ignore-case',
    ],
    [{ source: [{ suffix: { exact: 'a' } }] }, 'Unsupported suffix pattern: exact', 'source[0].suffix.exact'],
    [{ n: [{ numeric: [] }] }, 'Invalid member in numeric match: ]', 'n[0].numeric[0]'],
    [{ n: [{ numeric: ['~', 1] }] }, 'Unrecognized numeric range operator: ~', 'n[0].numeric[0]'],
    [{ n: [{ numeric: ['=', '1'] }] }, 'Value of equals must be numeric', 'n[0].numeric[1]'],
    [{ n: [{ numeric: ['<', 1, '>', 0] }] }, 'Too many elements in numeric expression', 'n[0].numeric[2]'],
    [{ n: [{ numeric: ['>', 5, '<', 1] }] }, 'Bottom must be less than top', 'n[0].numeric[3]'],
    [{ n: [{ numeric: ['>', 0, '<', 5, 6] }] }, 'Too many terms in numeric range expression', 'n[0].numeric[4]'],
    [{ n: [{ numeric: ['>', 6e9] }] }, 'Value must be between -5.0E9 and 5.0E9, inclusive', 'n[0].numeric[1]'],
    [{ s: [{ 'anything-but': ['a', 1] }] }, 'either all values are number or string', 's[0].anything-but'],
    [
      { s: [{ 'anything-but': { contains: 'a' } }] },
      'Unsupported anything-but pattern: contains',
      's[0].anything-but.contains',
    ],
    [{ s: [{ exists: 'yes' }] }, 'exists match pattern must be either true or false.', 's[0].exists'],
    [{ s: [{ wildcard: 'a**b' }] }, 'Consecutive wildcard characters at pos 2', 's[0].wildcard'],
    [{ s: [{ wildcard: 'é\\n' }] }, 'Invalid escape character at pos 3', 's[0].wildcard'],
    [{ s: [{ wildcard: 'trailing\\' }] }, 'Invalid escape character at pos 9', 's[0].wildcard'],
    [{ ip: [{ cidr: '10.0.0.0/32' }] }, 'IPv4 mask bits must be < 32', 'ip[0].cidr'],
    [{ ip: [{ cidr: '10.0.0.256/8' }] }, 'Invalid IP address: 10.0.0.256', 'ip[0].cidr'],
    [{ $or: [{ a: ['1'] }] }, 'There must have at least 2 Objects in $or relationship.', '$or'],
    [{ $or: { a: ['1'] } }, 'It must be an Array followed with $or.', '$or'],
    [{ $or: [{ a: ['1'] }, ['b']] }, 'Only JSON object is allowed in array of $or relationship.', '$or[1]'],
    [
      { $or: [{ a: ['1'] }, { prefix: ['b'] }] },
      'prefix is Ruler reserved fieldName which cannot be used inside $or.',
      '$or[1].prefix',
    ],
    [{ 'detail.state': 'x' }, '"detail.state" must be an object or an array', '["detail.state"]'],
    [{ source: [undefined] }, 'Filter is not valid JSON: a undefined is not a JSON value', 'source[0]'],
    [{ source: [Number.NaN] }, 'Filter is not valid JSON: NaN is not a JSON number', 'source[0]'],
    [['source'], 'Filter is not an object', ''],
  ])('%j → %s', (pattern, reason, where) => {
    const error = rejection(pattern);
    expect(error.reason).toContain(reason);
    expect(error.message).toMatch(/^Event pattern is not valid\. Reason: /);
    if (where === '') expect(error.message).not.toContain(' (at ');
    else expect(error.message).toContain(`(at ${where}`);
  });

  test('a pattern given as text reports the line and column of the offending value', () => {
    const error = rejection('{\n  "detail": {\n    "state": [ { "prefix": 12 } ]\n  }\n}');
    expect(error.location).toEqual({ path: ['detail', 'state', 0, 'prefix'], line: 3, column: 28 });
    expect(error.message).toBe(
      'Event pattern is not valid. Reason: prefix match pattern must be a string (at detail.state[0].prefix, line 3, column 28)',
    );
  });

  test('text that is not JSON is rejected with the place the parser stopped', () => {
    const error = rejection('{"source": ["a",]}');
    expect(error.reason).toBe('Filter is not valid JSON: value expected');
    expect(error.location).toMatchObject({ line: 1, column: 17 });
    expect(rejection('{"source": ["a"]} // note').reason).toBe('Filter is not valid JSON: invalid comment token');
    expect(rejection('"source"').reason).toBe('Filter is not an object');
  });

  test('a pattern value that refers to itself is rejected rather than overflowing the stack', () => {
    const detail: Record<string, unknown> = {};
    detail['self'] = detail;
    expect(rejection({ detail }).reason).toBe('Filter is not valid JSON: it refers to itself');
  });

  test('too many wildcard states on one field is refused, counting every branch that tests the field', () => {
    const tooComplex = '*a*a*a*a*a*';
    expect(rejection({ key: [{ wildcard: tooComplex }] }).reason).toMatch(/^Rule is too complex/);
    expect(() => compileEventPattern({ key: [{ wildcard: '*a*a*a*a' }] })).not.toThrow();
    const wildcards = [1, 2, 3, 4].map((n) => `*${'ab'.repeat(n)}*`);
    for (const wildcard of wildcards) expect(() => compileEventPattern({ key: [{ wildcard }] })).not.toThrow();
    const spreadOverBranches = { $or: wildcards.map((wildcard, n) => ({ key: [{ wildcard }], other: [String(n)] })) };
    expect(rejection(spreadOverBranches).location.path).toEqual(['key']);
  });
});
