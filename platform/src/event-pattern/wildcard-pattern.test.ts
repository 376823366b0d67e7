import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchesWildcard, parseWildcardPattern } from './wildcard-pattern.ts';

/** The obvious (backtracking) reading of a wildcard, as a regular expression. */
function oracle(literals: readonly string[], value: string): boolean {
  const escaped = literals.map((literal) => literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[\\s\\S]*')}$`).test(value);
}

describe('wildcard patterns', () => {
  test('matching agrees with a regular-expression reading for any pattern and value', () => {
    const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', '.'), maxLength });
    // Text between two stars must not be empty: `**` is invalid.
    const literals = fc
      .array(text(4), { minLength: 1, maxLength: 5 })
      .filter((parts) => parts.slice(1, -1).every((part) => part.length > 0));
    fc.assert(
      fc.property(literals, text(12), (parts, value) => {
        const pattern = parseWildcardPattern(parts.join('*'));
        expect(matchesWildcard(pattern, value)).toBe(oracle(pattern.literals, value));
      }),
      { numRuns: 2000 },
    );
  });

  test('escapes become literal text between the stars', () => {
    expect(parseWildcardPattern('a\\*b*c\\\\').literals).toEqual(['a*b', 'c\\']);
  });
});
