import { expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';

const words = (count: number, word = 'word'): string => Array.from({ length: count }, () => word).join(' ');

test('sentences over twenty words are long; the longest are listed longest first, with their span', () => {
  const text = `${words(20)}. ${words(21, 'tea')}. Short one. ${words(25, 'cake')}!`;
  const { longSentences } = analyzeText({ text }).style;
  expect(longSentences).toMatchObject({ thresholdWords: 20, count: 2, percent: 50 });
  expect(longSentences.longest.map(({ words: count }) => count)).toEqual([25, 21]);
  const [longest] = longSentences.longest;
  // The span runs from the first word through its end punctuation.
  expect(text.slice(longest!.offset, longest!.offset + longest!.length)).toBe(`${words(25, 'cake')}!`);
});

test('a text without long sentences reports none', () => {
  expect(analyzeText({ text: 'One. Two three. Four five six.' }).style.longSentences).toEqual({
    thresholdWords: 20,
    count: 0,
    percent: 0,
    longest: [],
  });
});
