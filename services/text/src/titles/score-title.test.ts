import { expect, test } from 'vitest';
import { scoreTitle } from './score-title.ts';

const statuses = (title: ReturnType<typeof scoreTitle>) =>
  Object.fromEntries(title.checks.map((check) => [check.id, check.status]));

test('a title of the right length, opening with the keyword, emotional and specific, scores 100', () => {
  const scored = scoreTitle('Batch Cooking: 5 Easy Wins for Busy Parents', 'seo', 'batch cooking');
  expect(statuses(scored)).toEqual({
    length: 'good',
    keyword: 'good',
    readability: 'good',
    emotion: 'good',
    specificity: 'good',
  });
  expect(scored.score).toBe(100);
  expect(scored.characters).toBe(43);
});

test('the checks read the analyzer: each weakness costs its share', () => {
  const scored = scoreTitle('Considerations regarding institutional nutritional organisation', 'seo', 'batch cooking');
  expect(statuses(scored)).toEqual({
    length: 'improve',
    keyword: 'problem',
    readability: 'problem',
    emotion: 'improve',
    specificity: 'improve',
  });
  expect(scored.score).toBe(30);
  expect(scored.scores.fleschReadingEase).toBeLessThan(0);
});

test('without a keyword there is no keyword check, and the length target follows the style', () => {
  const title = 'How to bake sourdough bread at home without any stress at all';
  expect(scoreTitle(title, 'seo', undefined).checks.map((check) => check.id)).not.toContain('keyword');
  expect(statuses(scoreTitle(title, 'seo', undefined)).length).toBe('improve');
  expect(statuses(scoreTitle(title, 'youtube', undefined)).length).toBe('good');
});
