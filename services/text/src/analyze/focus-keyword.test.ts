import { describe, expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';

// 18 words, 5 sentences, 3 paragraphs.
const TEXT =
  'Content marketing builds trust. Many teams ignore it.\n\n' +
  'Good content marketing answers questions. CONTENT MARKETING scales.\n\n' +
  'Measure everything.';

function keywordIn(text: string, keyword: string) {
  const result = analyzeText({ text, keyword });
  if (result.keyword === undefined) throw new Error('expected a keyword section');
  return result.keyword;
}

describe('a keyphrase used three times', () => {
  const found = keywordIn(TEXT, 'Content Marketing');

  test('is counted case-insensitively', () => {
    expect(found.keyword).toBe('Content Marketing');
    expect(found.occurrences).toBe(3);
  });

  test('has density = occurrences × words in it / words', () => {
    expect(analyzeText({ text: TEXT }).counts.words).toBe(18);
    expect(found.density).toBe(33.33); // 3 × 2 / 18
  });

  test('is placed in the first sentence and paragraph, not the last paragraph', () => {
    expect(found).toMatchObject({ inFirstSentence: true, inFirstParagraph: true, inLastParagraph: false });
  });

  test('has its positions as offsets into the text, with sentence and paragraph numbers', () => {
    const second = TEXT.indexOf('content marketing');
    const third = TEXT.indexOf('CONTENT MARKETING');
    expect(found.positions).toEqual([
      { offset: 0, length: 17, sentence: 0, paragraph: 0 },
      { offset: second, length: 17, sentence: 2, paragraph: 1 },
      { offset: third, length: 17, sentence: 3, paragraph: 1 },
    ]);
    for (const { offset, length } of found.positions) {
      expect(TEXT.slice(offset, offset + length).toLowerCase()).toBe('content marketing');
    }
  });
});

test('a keyword only in the last paragraph', () => {
  expect(keywordIn(TEXT, 'everything')).toEqual({
    keyword: 'everything',
    occurrences: 1,
    density: 5.56, // 1 / 18
    inFirstSentence: false,
    inFirstParagraph: false,
    inLastParagraph: true,
    positions: [{ offset: TEXT.indexOf('everything'), length: 10, sentence: 4, paragraph: 2 }],
  });
});

test('an absent keyword', () => {
  expect(keywordIn(TEXT, 'email newsletter')).toEqual({
    keyword: 'email newsletter',
    occurrences: 0,
    density: 0,
    inFirstSentence: false,
    inFirstParagraph: false,
    inLastParagraph: false,
    positions: [],
  });
});

test('matches whole tokens only: "content" is not found in "contents" or "contented"', () => {
  expect(keywordIn('The contents left us contented. Content matters.', 'content').occurrences).toBe(1);
});

test('does not match across a paragraph break, but does across a wrapped line', () => {
  const text = 'We write content\n\nmarketing copy. We write content\nmarketing copy.';
  expect(keywordIn(text, 'content marketing').positions).toEqual([
    // Sentences: "We write content" | "marketing copy." | "We write content\nmarketing copy."
    { offset: text.lastIndexOf('content'), length: 'content\nmarketing'.length, sentence: 2, paragraph: 1 },
  ]);
});

test('matches contractions by their expanded form, and punctuation within the keyword', () => {
  expect(keywordIn("It isn't easy. It is not easy.", 'is not').occurrences).toBe(2);
  expect(keywordIn('Learn C++ today. C is older.', 'C++').occurrences).toBe(1);
});

test('counts a hyphenated keyword as the one word it is', () => {
  // Five words, "state-of-the-art" one of them: density 2 × 1 / 5.
  expect(keywordIn('State-of-the-art tools. Buy state-of-the-art gear.', 'state-of-the-art')).toMatchObject({
    occurrences: 2,
    density: 40,
  });
});
