import type { Keyphrase, Keyword } from '@contentflow/events/text-analysis';
import type { TextDocument } from './text-document.ts';
import { wordDensity } from './word-density.ts';

/** Nouns and adjectives carry a text's topic; verbs and adverbs mostly its grammar. */
const KEYWORD_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const TWO_LETTERS = /\p{L}.*\p{L}/u;

interface Occurrence {
  readonly term: string;
  /** Indices of the words it covers. */
  readonly words: readonly number[];
}

/** The most frequent nouns and adjectives outside stop words, counted by lemma. */
export function topKeywords(doc: TextDocument, limit: number): Keyword[] {
  const occurrences: Occurrence[] = [];
  for (const token of doc.tokens) {
    if (token.word < 0 || token.type !== 'word' || token.stopWord || !KEYWORD_TAGS.has(token.pos)) continue;
    if (TWO_LETTERS.test(token.lemma)) occurrences.push({ term: token.lemma, words: [token.word] });
  }
  return rank(occurrences, doc.words.length, limit);
}

/** The most frequent noun phrases the pipeline matched. */
export function topKeyphrases(doc: TextDocument, limit: number): Keyphrase[] {
  const occurrences = doc.keyphrases.map(({ phrase, firstToken, endToken }) => ({
    term: phrase,
    words: doc.tokens.slice(firstToken, endToken).flatMap((token) => (token.word < 0 ? [] : [token.word])),
  }));
  return rank(occurrences, doc.words.length, limit).map(({ term, count, density }) => ({
    phrase: term,
    count,
    density,
  }));
}

/** Most frequent first; ties in order of first appearance (Map keeps insertion order, sort is stable). */
function rank(occurrences: readonly Occurrence[], totalWords: number, limit: number): Keyword[] {
  const tally = new Map<string, { count: number; words: Set<number> }>();
  for (const { term, words } of occurrences) {
    const entry = tally.get(term) ?? { count: 0, words: new Set<number>() };
    entry.count += 1;
    for (const word of words) entry.words.add(word);
    tally.set(term, entry);
  }
  return [...tally]
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, limit)
    .map(([term, { count, words }]) => ({ term, count, density: wordDensity(words.size, totalWords) }));
}
