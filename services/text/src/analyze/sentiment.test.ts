import type { SentimentLabel } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';
import { sentimentOf } from './sentiment.ts';

const LABELLED: readonly [string, SentimentLabel][] = [
  ['I love this product, it works perfectly.', 'positive'],
  ['What a wonderful, happy day!', 'positive'],
  ['The support team was helpful and friendly.', 'positive'],
  ['This is the best pizza I have ever eaten.', 'positive'],
  ['Not bad at all!', 'positive'],
  ['This is a terrible, awful experience.', 'negative'],
  ['The service was rude and disappointing.', 'negative'],
  ['My phone broke and I am furious.', 'negative'],
  ['This is not good at all.', 'negative'],
  ["I don't like it.", 'negative'],
  ['The meeting is at three o’clock.', 'neutral'],
  ['The report has twelve pages.', 'neutral'],
  ['Paris is the capital of France.', 'neutral'],
  ['The train leaves from platform four.', 'neutral'],
];

describe('labelled sentences get their label', () => {
  test.each(LABELLED)('%s → %s', (text, label) => {
    const { sentiment } = analyzeText({ text });
    expect(sentiment.label).toBe(label);
    expect(Math.sign(sentiment.comparative)).toBe({ positive: 1, neutral: 0, negative: -1 }[label]);
  });
});

test('score sums the sentence polarities and comparative averages them', () => {
  expect(sentimentOf([0.5, -0.25, 0, 0.75])).toEqual({ score: 1, comparative: 0.25, label: 'positive' });
  expect(sentimentOf([])).toEqual({ score: 0, comparative: 0, label: 'neutral' });
});

test('the neutral band is ±0.05 of comparative, inclusive', () => {
  expect(sentimentOf([0.05]).label).toBe('neutral');
  expect(sentimentOf([0.051]).label).toBe('positive');
  expect(sentimentOf([-0.05]).label).toBe('neutral');
  expect(sentimentOf([-0.051]).label).toBe('negative');
});

test('a long text is rated by its sentences together', () => {
  const text = 'The launch was a great success. Customers love the new design. One reviewer found the price too high.';
  const { sentiment } = analyzeText({ text });
  expect(sentiment.label).toBe('positive');
  expect(sentiment.score).toBeGreaterThan(sentiment.comparative);
});
