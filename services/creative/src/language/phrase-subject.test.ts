import { expect, test } from 'vitest';
import { subjectOf } from './phrase-subject.ts';
import { NUMBER_TERM, termsOf } from './terms.ts';

test.each([
  ['sourdough baking for beginners', 'sourdough baking'],
  ['personal finance for freelancers', 'personal finance'],
  ['B2B SaaS marketing', 'B2B SaaS marketing'],
  ['vegan meal prep on a budget', 'vegan meal prep'],
  ['making latte art at home', 'making latte art'],
  ['Why your sourdough starter keeps dying', 'sourdough starter'],
  ['5 espresso mistakes I made as a beginner', 'espresso'],
  ['The 3 tools every home barista needs', 'home barista'],
  ['beginners on a budget', 'beginners'],
  ['Five espresso mistakes beginners make with a budget machine', 'espresso'],
  // "Cheap" is tagged as a name; the first phrase with a common noun wins.
  ['Cheap vs expensive espresso grinders', 'expensive espresso grinders'],
  ['Paris', 'Paris'],
])('the subject of %j is %j', (phrase, subject) => {
  expect(subjectOf(phrase)).toBe(subject);
});

test('without a noun phrase the subject is the phrase itself, cut between words at 60 characters', () => {
  expect(subjectOf('  run  ')).toBe('run');
  const long = 'quickly and quietly and carefully and slowly and gently and softly and calmly';
  expect(subjectOf(long)).toBe('quickly and quietly and carefully and slowly and gently and');
});

test('terms are lemmas of content words, every number the same term', () => {
  expect(termsOf('5 espresso mistakes I made as a beginner')).toEqual(
    new Set([NUMBER_TERM, 'espresso', 'mistake', 'beginner']),
  );
  expect(termsOf('Seven espresso mistakes!')).toEqual(termsOf('espresso mistake'));
  expect(termsOf('🚀 ... !!')).toEqual(new Set(['🚀']));
});
