/** An inclusive range of code points, as in CSS `unicode-range`. */
export type UnicodeRange = readonly [first: number, last: number];

/** Parses a CSS `unicode-range` value such as `U+0000-00FF,U+0131,U+2000-206F`. */
export function parseUnicodeRange(value: string): UnicodeRange[] {
  return value.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`invalid unicode-range part ${JSON.stringify(part)}`);
    const first = Number.parseInt(match[1]!, 16);
    return [first, match[2] === undefined ? first : Number.parseInt(match[2], 16)] as const;
  });
}

export function rangesContain(ranges: readonly UnicodeRange[], codePoint: number): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}
