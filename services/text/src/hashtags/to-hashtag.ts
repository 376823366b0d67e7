const PARTS = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_TAG_LENGTH = 100;

/**
 * A phrase as a hashtag: its words joined in CamelCase ("content marketing" → "#ContentMarketing"), punctuation
 * dropped; `#`-prefixed input keeps its own casing. Undefined when nothing with a letter is left.
 */
export function toHashtag(phrase: string): string | undefined {
  const trimmed = phrase.trim();
  const parts = trimmed.match(PARTS) ?? [];
  const body = trimmed.startsWith('#')
    ? parts.join('')
    : parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  if (!/\p{L}/u.test(body)) return undefined;
  return `#${[...body].slice(0, MAX_TAG_LENGTH).join('')}`;
}
