import { readPhrase } from './english-nlp.ts';

/** Numbers compare equal whatever their value: "5 mistakes" and "7 mistakes" make the same point. */
export const NUMBER_TERM = '#';

const SKIPPED_TYPES = new Set(['punctuation', 'symbol', 'tabCRLF', 'emoticon']);

/**
 * The content words of a text as a set: lower-case lemmas without stop words or punctuation, every number as `#`.
 * Two wordings of one point ("Beginner mistakes with espresso", "Espresso mistakes every beginner makes") share
 * most of their terms.
 */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of readPhrase(text).tokens) {
    if (token.stopWord || SKIPPED_TYPES.has(token.type)) continue;
    if (token.type === 'number' || token.pos === 'NUM' || token.type === 'ordinal') terms.add(NUMBER_TERM);
    else terms.add(token.lemma);
  }
  return terms;
}
