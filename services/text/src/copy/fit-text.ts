const ELLIPSIS = '…';

/** Length in code points, as platforms count characters (an emoji is one). */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * `text` cut to at most `max` code points at a word boundary, with an ellipsis when anything was cut. A single word
 * longer than `max` is cut mid-word rather than dropped.
 */
export function fitText(text: string, max: number): string {
  const trimmed = text.trim();
  if (codePoints(trimmed) <= max) return trimmed;
  const characters = [...trimmed];
  const head = characters.slice(0, Math.max(0, max - ELLIPSIS.length)).join('');
  // When the cut falls inside a word, the word goes; when it falls on a space, the head ends on a whole word.
  const endsOnWord = /\s/.test(characters[max - ELLIPSIS.length] ?? ' ');
  const boundary = endsOnWord ? -1 : head.search(/\s+\S*$/);
  const cut = (boundary > 0 ? head.slice(0, boundary) : head).replace(/[\s,;:.!?—–-]+$/u, '');
  return `${cut}${ELLIPSIS}`;
}

/** Words of a text: runs of letters or digits with their inner apostrophes and hyphens. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
