/**
 * EventBridge wildcard values: `*` matches any run of characters (including none), `\*` is a literal star,
 * `\\` a literal backslash; any other escape, and two stars in a row, are invalid.
 */
export interface WildcardPattern {
  /** The value as written in the pattern. */
  readonly source: string;
  /** The literal text between stars: one more entry than there are stars. */
  readonly literals: readonly string[];
}

/** Thrown with EventBridge's wording; the caller adds where in the pattern it happened. */
export class WildcardSyntaxError extends Error {
  override name = 'WildcardSyntaxError';
}

/**
 * Positions in messages count UTF-8 bytes of the value inside its JSON quotes, as EventBridge does
 * (the opening quote is position 0).
 */
export function parseWildcardPattern(source: string): WildcardPattern {
  const literals: string[] = [];
  let literal = '';
  let position = 1;
  let escapeAt: number | undefined;
  let starAt: number | undefined;
  for (const char of source) {
    if (escapeAt !== undefined) {
      if (char !== '*' && char !== '\\') throw new WildcardSyntaxError(`Invalid escape character at pos ${escapeAt}`);
      literal += char;
      escapeAt = undefined;
    } else if (char === '\\') {
      escapeAt = position;
    } else if (char === '*') {
      if (starAt === position - 1) throw new WildcardSyntaxError(`Consecutive wildcard characters at pos ${starAt}`);
      literals.push(literal);
      literal = '';
      starAt = position;
    } else {
      literal += char;
    }
    position += utf8Length(char.codePointAt(0)!);
  }
  if (escapeAt !== undefined) throw new WildcardSyntaxError(`Invalid escape character at pos ${escapeAt}`);
  literals.push(literal);
  return { source, literals };
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Glob matching without a regular expression: the first literal is a prefix, the last a suffix, and the
 * ones between are found left to right. Taking each middle literal at its earliest position is always
 * safe, so this never backtracks.
 */
export function matchesWildcard(pattern: WildcardPattern, value: string): boolean {
  const { literals } = pattern;
  const first = literals[0]!;
  if (literals.length === 1) return value === first;
  const last = literals[literals.length - 1]!;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let from = first.length;
  const end = value.length - last.length;
  for (let index = 1; index < literals.length - 1; index++) {
    const middle = literals[index]!;
    const found = value.indexOf(middle, from);
    if (found < 0 || found + middle.length > end) return false;
    from = found + middle.length;
  }
  return true;
}
