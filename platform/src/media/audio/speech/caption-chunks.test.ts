import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitCaptionChunks } from './caption-chunks.ts';

describe('splitCaptionChunks', () => {
  test('cuts a long phrase evenly and keeps whole sentences and phrases apart', () => {
    const chunks = splitCaptionChunks('ContentFlow turns one idea into a week of posts. Try it, today!');
    expect(chunks).toEqual([
      { text: 'ContentFlow turns one idea into', words: 5, boundary: 'word' },
      { text: 'a week of posts.', words: 4, boundary: 'sentence' },
      { text: 'Try it, today!', words: 3, boundary: 'paragraph' },
    ]);
  });

  test('joins short phrases of one sentence, never across a sentence', () => {
    expect(splitCaptionChunks('Well, yes. No.').map((chunk) => chunk.text)).toEqual(['Well, yes.', 'No.']);
  });

  test('a blank line ends a paragraph; punctuation-only tokens ride with their words', () => {
    const chunks = splitCaptionChunks('First idea — bold.\n\n  Second one \u{1F680}');
    expect(chunks).toEqual([
      { text: 'First idea — bold.', words: 3, boundary: 'paragraph' },
      { text: 'Second one \u{1F680}', words: 2, boundary: 'paragraph' },
    ]);
  });

  test('any text: chunks hold 1–5 words and give back, in order, every token of the paragraphs with words', () => {
    const token = fc.oneof(
      fc.constantFrom('idea', 'posts,', 'week.', 'Go!', '42', 'don’t', '—', '&', 'über', 'end;'),
      fc.stringMatching(/^[a-z]{1,8}$/),
    );
    const text = fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', '\n', '\n\n')), { maxLength: 60 });
    fc.assert(
      fc.property(text, (pairs) => {
        const source = pairs.map(([word, space]) => word + space).join('');
        const chunks = splitCaptionChunks(source);
        for (const chunk of chunks) {
          expect(chunk.words).toBeGreaterThanOrEqual(1);
          expect(chunk.words).toBeLessThanOrEqual(5);
        }
        const hasWord = (part: string) => /[\p{L}\p{N}]/u.test(part);
        // Tokens without a word ride with one; a paragraph of no words at all has nothing to say or show.
        const kept = source
          .split(/\n\s*\n/)
          .filter(hasWord)
          .flatMap((paragraph) => paragraph.split(/\s+/).filter(Boolean));
        expect(chunks.flatMap((chunk) => chunk.text.split(' '))).toEqual(kept);
      }),
    );
  });
});
