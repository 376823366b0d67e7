/** Words a headline keeps lower case unless first or last (AP and Chicago agree on these). */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'vs.',
]);

/**
 * Headline capitalisation: each major word capitalised, minor words lower case inside the title (but not after a
 * colon or a dash, where a new part starts). Words already
 * holding a capital after their first letter ("iPhone", "SEO", "YouTube") are left as written.
 */
export function titleCase(text: string): string {
  const words = text.trim().split(/\s+/);
  return words
    .map((word, index) => {
      if (/\p{Lu}/u.test(word.slice(1))) return word;
      const lower = word.toLowerCase();
      const startsPart = index === 0 || /[:—–?!]$/u.test(words[index - 1]!);
      if (!startsPart && index < words.length - 1 && MINOR_WORDS.has(lower)) return lower;
      return capitalize(word);
    })
    .join(' ');
}

/** The first letter upper-cased, the rest as written. */
export function capitalize(text: string): string {
  const index = text.search(/\p{L}/u);
  if (index < 0) return text;
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1);
}
