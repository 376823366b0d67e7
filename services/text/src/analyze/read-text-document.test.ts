import { MAX_WORD_LENGTH } from '@contentflow/events';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readTextDocument } from './read-text-document.ts';
import { validTextArbitrary } from './text-test-support.ts';

test('words are the whitespace-delimited runs holding a letter or digit, located exactly', () => {
  const text = "  (Hello), world — it's 2024!\n\n…and well-known.";
  const doc = readTextDocument(text);
  expect(doc.words.map(({ start, end }) => text.slice(start, end))).toEqual([
    'Hello',
    'world',
    "it's",
    '2024',
    'and',
    'well-known',
  ]);
  expect(doc.words.map(({ sentence, paragraph }) => [sentence, paragraph])).toEqual([
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [1, 1],
    [1, 1],
  ]);
  expect(doc).toMatchObject({ sentenceCount: 2, paragraphCount: 2 });
});

test('tokens point back into the text, and only word-bearing tokens belong to a word', () => {
  const text = 'Mr. Smith paid $10.';
  const doc = readTextDocument(text);
  expect(doc.tokens.map(({ start, end, word }) => [text.slice(start, end), word])).toEqual([
    ['Mr.', 0],
    ['Smith', 1],
    ['paid', 2],
    ['$', -1],
    ['10', 3],
    ['.', -1],
  ]);
  expect(doc.words.map(({ abbreviation }) => abbreviation)).toEqual([true, false, false, false]);
});

test(`runs of more than ${MAX_WORD_LENGTH} non-space characters are skipped as data, quickly`, () => {
  const longest = 'a'.repeat(MAX_WORD_LENGTH);
  expect(readTextDocument(`${longest} b`).words).toHaveLength(2);
  expect(readTextDocument(`${longest}a b`).words).toEqual([
    { start: MAX_WORD_LENGTH + 2, end: MAX_WORD_LENGTH + 3, sentence: 0, paragraph: 0, abbreviation: false },
  ]);
  // wink alone takes about a minute on this one (superlinear in the run's length); the bound is generous.
  const started = performance.now();
  expect(readTextDocument('ab-'.repeat(33_333)).words).toEqual([]);
  expect(performance.now() - started).toBeLessThan(5_000);
});

test('for any text, words and tokens are ordered, disjoint, inside the text and never span whitespace', () => {
  fc.assert(
    fc.property(validTextArbitrary, (text) => {
      const doc = readTextDocument(text);
      let previousEnd = 0;
      for (const token of doc.tokens) {
        expect(token.start).toBeGreaterThanOrEqual(previousEnd);
        expect(token.end).toBeGreaterThan(token.start);
        expect(text.slice(token.start, token.end)).not.toMatch(/^\s|\s$/);
        previousEnd = token.end;
      }
      expect(previousEnd).toBeLessThanOrEqual(text.length);
      let sentence = 0;
      let paragraph = 0;
      for (const word of doc.words) {
        expect(text.slice(word.start, word.end)).toMatch(/^\S*[\p{L}\p{N}]\S*$/u);
        // Numbering starts at 0 and never skips, so no sentence or paragraph is empty.
        expect(word.sentence - sentence).toBeOneOf([0, 1]);
        expect(word.paragraph - paragraph).toBeOneOf([0, 1]);
        if (word.paragraph > paragraph) expect(word.sentence).toBeGreaterThan(sentence);
        sentence = word.sentence;
        paragraph = word.paragraph;
      }
      expect(doc.sentenceCount).toBe(doc.words.length === 0 ? 0 : sentence + 1);
      expect(doc.paragraphCount).toBe(doc.words.length === 0 ? 0 : paragraph + 1);
    }),
    { numRuns: 300 },
  );
});
