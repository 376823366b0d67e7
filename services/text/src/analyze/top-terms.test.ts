import { expect, test } from 'vitest';
import { analyzeText, TOP_TERMS_LIMIT } from './analyze-text.ts';

// 24 words.
const TEXT =
  'Small businesses need fresh content. A small business grows with good content. ' +
  'Search engine optimization helps small businesses, and search engine optimization is cheap.';

test('keywords are nouns and adjectives counted by lemma, most frequent first, ties in order of appearance', () => {
  const { keywords } = analyzeText({ text: TEXT });
  expect(keywords.slice(0, 6)).toEqual([
    { term: 'small', count: 3, density: 12.5 },
    { term: 'business', count: 3, density: 12.5 }, // "businesses" ×2 and "business"
    { term: 'content', count: 2, density: 8.33 },
    { term: 'search', count: 2, density: 8.33 },
    { term: 'engine', count: 2, density: 8.33 },
    { term: 'optimization', count: 2, density: 8.33 },
  ]);
  const terms = keywords.map(({ term }) => term);
  // Stop words and verbs carry no topic.
  for (const left of ['a', 'with', 'and', 'is', 'need', 'grow', 'help']) expect(terms).not.toContain(left);
});

test('keyphrases are noun phrases with the last word lemmatised, so plurals count together', () => {
  const { keyphrases } = analyzeText({ text: TEXT });
  expect(keyphrases.slice(0, 2)).toEqual([
    { phrase: 'small business', count: 3, density: 25 }, // 3 × 2 words / 24
    { phrase: 'search engine optimization', count: 2, density: 25 }, // 2 × 3 words / 24
  ]);
});

test(`at most ${TOP_TERMS_LIMIT} of each are listed`, () => {
  const text = Array.from({ length: 30 }, (_, i) => `The ${(i + 10).toString(36)}zork ate the fresh ${i}flurb.`).join(
    ' ',
  );
  const { keywords, keyphrases } = analyzeText({ text });
  expect(keywords).toHaveLength(TOP_TERMS_LIMIT);
  expect(keyphrases.length).toBeLessThanOrEqual(TOP_TERMS_LIMIT);
});

test('a text without nouns or adjectives has no keywords', () => {
  expect(analyzeText({ text: 'It is what it is, and so it goes.' }).keywords).toEqual([]);
});
