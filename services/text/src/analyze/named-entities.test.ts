import { expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';

test('dates, money, percentages, links and handles come from the NER; runs of proper nouns are names', () => {
  const text =
    'On 3 May 2024 Maria Lopez flew to Paris and paid $10 million, a 5% rise. Email press@example.com, ' +
    'see https://example.com, follow @bakery and #sourdough. Later, Maria Lopez returned to Paris.';
  const entities = analyzeText({ text }).entities;
  const found = (type: string): string[] =>
    entities.filter((entity) => entity.type === type).map((entity) => entity.text);
  expect(found('date')).toEqual(['3 May 2024']);
  expect(found('money')).toEqual(['$10 million']);
  expect(found('percent')).toEqual(['5%']);
  expect(found('email')).toEqual(['press@example.com']);
  expect(found('url')).toEqual(['https://example.com']);
  expect(found('mention')).toEqual(['@bakery']);
  expect(found('hashtag')).toEqual(['#sourdough']);
  expect(found('name')).toEqual(['Maria Lopez', 'Paris']);
  // Most frequent first: both names occur twice.
  expect(entities[0]).toEqual({ text: 'Maria Lopez', type: 'name', count: 2, offset: text.indexOf('Maria') });
});

test('a capitalised word that only ever opens a sentence is not taken for a name', () => {
  const entities = analyzeText({ text: 'Use fresh flour. Deep ovens help. We love Lyon.' }).entities;
  expect(entities.map((entity) => entity.text)).toEqual(['Lyon']);
});
