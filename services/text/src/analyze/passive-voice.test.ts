import { describe, expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';

describe('passive voice is a form of "to be" then a past participle', () => {
  test.each([
    ['The report was written by the team.', 'was written'],
    ['Mistakes were made.', 'were made'],
    ['The bridge is being built.', 'is being built'],
    ['The cake has been eaten.', 'been eaten'],
    ['The door was not always locked.', 'was not always locked'],
    ['The results are published every Monday.', 'are published'],
  ])('%s → "%s"', (text, phrase) => {
    const { passiveVoice } = analyzeText({ text }).style;
    expect(passiveVoice.sentences).toBe(1);
    expect(passiveVoice.phrases).toEqual([{ offset: text.indexOf(phrase), length: phrase.length, text: phrase }]);
  });

  test.each([
    'The team wrote the report.',
    'I am running.',
    // Predicate adjectives look like participles but the tagger reads them as adjectives.
    'She is tired.',
    'He was interested in art.',
    'They were happy.',
  ])('%s is active', (text) => {
    expect(analyzeText({ text }).style.passiveVoice).toEqual({ sentences: 0, percent: 0, phrases: [] });
  });
});

test('the share counts sentences, not phrases: two in one sentence count once', () => {
  const text = 'The cake was baked and was eaten. We cleaned up. Nobody complained.';
  expect(analyzeText({ text }).style.passiveVoice).toMatchObject({ sentences: 1, percent: 33.33 });
});
