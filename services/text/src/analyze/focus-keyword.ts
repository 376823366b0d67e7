import type { FocusKeyword, KeywordPosition } from '@contentflow/events/text-analysis';
import { NlpOutputError } from './nlp-output-error.ts';
import { readTextDocument } from './read-text-document.ts';
import type { DocumentToken, TextDocument } from './text-document.ts';
import { wordDensity } from './word-density.ts';

/**
 * Finds `keyword` in `doc`: case-insensitive matches of its whole token sequence (so "SEO" does not
 * match inside "SEOs", and "isn't" matches "is not"), never across a paragraph break, never overlapping.
 */
export function focusKeywordIn(doc: TextDocument, keyword: string): FocusKeyword {
  const pattern = readTextDocument(keyword).tokens.map((token) => token.normal);
  // The input schema requires a letter or digit, which always makes a token; an empty pattern would loop.
  if (pattern.length === 0) throw new NlpOutputError(`Keyword ${JSON.stringify(keyword)} yielded no token`);
  const positions: KeywordPosition[] = [];
  const coveredWords = new Set<number>();
  for (let i = 0; i + pattern.length <= doc.tokens.length; i += 1) {
    if (!pattern.every((normal, k) => doc.tokens[i + k]!.normal === normal)) continue;
    const matched = doc.tokens.slice(i, i + pattern.length);
    const position = positionOf(doc, matched);
    if (position === undefined) continue;
    positions.push(position);
    for (const token of matched) if (token.word >= 0) coveredWords.add(token.word);
    i += pattern.length - 1;
  }
  return {
    keyword,
    occurrences: positions.length,
    density: wordDensity(coveredWords.size, doc.words.length),
    inFirstSentence: positions.some((position) => position.sentence === 0),
    inFirstParagraph: positions.some((position) => position.paragraph === 0),
    inLastParagraph: positions.some((position) => position.paragraph === doc.paragraphCount - 1),
    positions,
  };
}

/** Where a match sits, or undefined when it holds no word or straddles two paragraphs. */
function positionOf(doc: TextDocument, matched: readonly DocumentToken[]): KeywordPosition | undefined {
  const words = matched.flatMap((token) => (token.word < 0 ? [] : [doc.words[token.word]!]));
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined || first.paragraph !== last.paragraph) return undefined;
  const start = matched[0]!.start;
  return { offset: start, length: matched.at(-1)!.end - start, sentence: first.sentence, paragraph: first.paragraph };
}
