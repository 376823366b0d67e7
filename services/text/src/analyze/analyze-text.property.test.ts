import { analyzeTextOutputSchema } from '@contentflow/events';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';
import { validTextArbitrary } from './text-test-support.ts';

const keywordArbitrary = fc.constantFrom('word', 'the cat', "isn't", 'well-known', 'U.S.', '10', '東京', '#seo');

test('for any text and keyword, the result satisfies the output schema and its counts agree', () => {
  fc.assert(
    fc.property(validTextArbitrary, fc.option(keywordArbitrary, { nil: undefined }), (text, keyword) => {
      const result = analyzeText({ text, keyword });
      expect(analyzeTextOutputSchema.safeParse(result).error).toBeUndefined();

      const { counts } = result;
      expect(counts.sentences).toBeLessThanOrEqual(counts.words);
      expect(counts.paragraphs).toBeLessThanOrEqual(counts.sentences);
      expect(counts.words === 0).toBe(counts.paragraphs === 0);
      expect(counts.syllables).toBeGreaterThanOrEqual(counts.words);
      expect(counts.charactersExcludingSpaces).toBeLessThanOrEqual(counts.characters);
      expect(counts.characters).toBeLessThanOrEqual(text.length);
      expect(result.readability === null).toBe(counts.words === 0);

      if (keyword === undefined) {
        expect(result.keyword).toBeUndefined();
        return;
      }
      const found = result.keyword!;
      expect(found.occurrences).toBe(found.positions.length);
      expect(found.density === 0).toBe(found.occurrences === 0);
      let previousEnd = 0;
      for (const { offset, length, sentence, paragraph } of found.positions) {
        expect(offset).toBeGreaterThanOrEqual(previousEnd);
        expect(offset + length).toBeLessThanOrEqual(text.length);
        expect(sentence).toBeLessThan(counts.sentences);
        expect(paragraph).toBeLessThan(counts.paragraphs);
        previousEnd = offset + length;
      }
    }),
    { numRuns: 300 },
  );
});

test('a keyword written into any text is found there', () => {
  fc.assert(
    fc.property(validTextArbitrary, validTextArbitrary, (before, after) => {
      const text = `${before} content marketing ${after}`;
      const { keyword } = analyzeText({ text, keyword: 'content marketing' });
      const offsets = keyword!.positions.map(({ offset }) => offset);
      expect(offsets).toContain(before.length + 1);
    }),
    { numRuns: 200 },
  );
});
