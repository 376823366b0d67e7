const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Finds a keyword as whole words, ignoring case and how the words are spaced: "content marketing" matches
 * "Content  Marketing" but not "contents marketing". For short fields (title, meta description, headings), where
 * running the NLP pipeline would cost more than the answer is worth.
 */
export function keywordPattern(keyword: string): RegExp {
  const words = keyword
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Where the keyword first occurs in `text`, or -1. */
export function keywordIndex(text: string, keyword: string): number {
  return keywordPattern(keyword).exec(text)?.index ?? -1;
}

/** Whether `text` opens with the keyword, past any leading punctuation or emoji. */
export function startsWithKeyword(text: string, keyword: string): boolean {
  const index = keywordIndex(text, keyword);
  return index >= 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, index));
}
