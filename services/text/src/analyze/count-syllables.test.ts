import { expect, test } from 'vitest';
import { countSyllables } from './count-syllables.ts';

test('dictionary words count as pronounced, where spelling rules go wrong', () => {
  // `syllable`'s spelling rules alone give 2, 3, 1, 2, 4 and 4.
  expect(countSyllables('prove')).toBe(1);
  expect(countSyllables('evening')).toBe(2);
  expect(countSyllables('poem')).toBe(2);
  expect(countSyllables('area')).toBe(3);
  expect(countSyllables('australian')).toBe(3);
  expect(countSyllables('reptilian')).toBe(3);
});

test('of two accepted pronunciations the shorter counts (Flesch)', () => {
  // The dictionary lists FAE1 M AH0 L IY0 and FAE1 M L IY0; EH1 V ER0 IY0 and EH1 V R IY0; …
  expect(countSyllables('family')).toBe(2);
  expect(countSyllables('every')).toBe(2);
  expect(countSyllables('camera')).toBe(2);
});

test('words the dictionary lacks fall back to spelling rules', () => {
  expect(countSyllables('quarrelsomely')).toBe(4);
  expect(countSyllables('unfriendliness')).toBe(4);
});

test('case, punctuation, curly apostrophes and diacritics do not change the count', () => {
  expect(countSyllables('Bargain.')).toBe(2);
  expect(countSyllables('(hello),')).toBe(2);
  expect(countSyllables('can’t')).toBe(countSyllables("can't"));
  expect(countSyllables("'quoted'")).toBe(2);
  expect(countSyllables('naïve')).toBe(2);
});

test('hyphenated words count the syllables of their parts', () => {
  expect(countSyllables('fjord-bank')).toBe(2);
  expect(countSyllables('state-of-the-art')).toBe(4);
});

test('figures and symbols count one syllable (Flesch)', () => {
  expect(countSyllables('17')).toBe(1);
  expect(countSyllables('$10')).toBe(1);
  expect(countSyllables('9%')).toBe(1);
  expect(countSyllables('3.5')).toBe(1);
});

test("names of Object.prototype's members are words, not lookups into the prototype", () => {
  expect(countSyllables('constructor')).toBe(3);
  expect(countSyllables('toString')).toBe(2);
  expect(countSyllables('__proto__')).toBe(2);
  expect(countSyllables('hasOwnProperty')).toBe(5);
});
