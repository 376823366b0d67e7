import { describe, expect, test } from 'vitest';
import { CALENDAR_MOMENTS } from '../ideas/calendar-moments.ts';
import { ARCHETYPES } from '../ideas/idea-bank.ts';
import { pitchWordsOf, renderPitch } from '../ideas/pitch.ts';
import { termsOf } from '../language/terms.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from './near-duplicates.ts';

const set = (...terms: string[]) => new Set(terms);

describe('jaccard', () => {
  test('shared over all', () => {
    expect(jaccard(set('a', 'b', 'c'), set('b', 'c', 'd'))).toBe(0.5);
    expect(jaccard(set('a'), set('b'))).toBe(0);
    expect(jaccard(set('a', 'b'), set('b', 'a'))).toBe(1);
  });

  test('two empty sets are alike; one empty set is like nothing', () => {
    expect(jaccard(set(), set())).toBe(1);
    expect(jaccard(set(), set('a'))).toBe(0);
  });
});

test('withoutShared leaves out the request’s own words', () => {
  expect(withoutShared(set('home', 'espresso', 'mistake'), set('home', 'espresso'))).toEqual(set('mistake'));
});

test.each([
  ['5 espresso mistakes beginners make', 'Espresso mistakes every beginner makes'],
  ['The beginner’s espresso checklist', 'A checklist for espresso beginners'],
  ['Cheap vs expensive espresso: is it worth it?', 'Is expensive espresso worth it? Cheap vs expensive'],
])('rewordings of one idea are near-duplicates: %j ~ %j', (a, b) => {
  expect(jaccard(termsOf(a), termsOf(b))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
});

test.each([
  ['5 espresso mistakes beginners make', 'The espresso kit I would buy again'],
  ['Espresso myths, busted', 'How I got into espresso'],
])('different ideas on one subject are not: %j, %j', (a, b) => {
  expect(jaccard(termsOf(a), termsOf(b))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
});

test.each([
  ['home espresso', 'beginners on a budget'],
  ['B2B SaaS marketing', 'founders of small startups'],
  ['indie game development for solo developers on a tiny budget', 'solo developers with day jobs and families'],
  ['quick wins and common mistakes', 'people who make mistakes'],
])('no two ideas of the bank are near-duplicates for %j, %j, in any format', (niche, audience) => {
  const words = pitchWordsOf(niche, audience);
  const shared = termsOf(`${niche} ${audience}`);
  const templates = [
    ...ARCHETYPES.flatMap((archetype) => archetype.angles),
    ...CALENDAR_MOMENTS.map((m) => m.seasonal),
  ];
  for (const format of ['short', 'carousel', 'thread', 'long-form'] as const) {
    const own = templates.map((template) => {
      const pitch = renderPitch(template, words, format);
      return withoutShared(termsOf(`${pitch.angle} ${pitch.hook}`), shared);
    });
    const highest = Math.max(...own.flatMap((a, i) => own.slice(i + 1).map((b) => jaccard(a, b))));
    expect(highest).toBeLessThanOrEqual(0.35);
  }
});
