import { describe, expect, test } from 'vitest';
import { codePoints, fitText, wordCount } from './fit-text.ts';
import { applyRegister } from './register.ts';
import { titleCase } from './title-case.ts';

describe('fitText', () => {
  test('leaves text that fits, trimmed', () => {
    expect(fitText('  short  ', 10)).toBe('short');
  });

  test('cuts at a word boundary with an ellipsis, within the limit', () => {
    const fitted = fitText('The quick brown fox jumps over the lazy dog', 20);
    expect(fitted).toBe('The quick brown fox…');
    expect(codePoints(fitted)).toBeLessThanOrEqual(20);
  });

  test('counts code points, so emoji and astral characters are never split', () => {
    expect(codePoints('go 🚀')).toBe(4);
    expect(fitText('🚀🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
  });

  test('wordCount counts contractions and hyphenated words once', () => {
    expect(wordCount("Don't over-proof the dough, 2 times.")).toBe(6);
  });
});

test('titleCase capitalises major words, keeps minor ones low inside, and leaves acronyms alone', () => {
  expect(titleCase('a guide to SEO for the iPhone era: an overview')).toBe(
    'A Guide to SEO for the iPhone Era: An Overview',
  );
});

describe('applyRegister', () => {
  test('informal copy contracts, keeping a capital at a sentence start', () => {
    expect(applyRegister('Do not wait. It is easy and you will see.', 'informal')).toEqual({
      text: "Don't wait. It's easy and you'll see.",
      changed: 3,
    });
  });

  test('a contraction needs a word after it: "as it is." stays', () => {
    expect(applyRegister('Leave it as it is.', 'informal').text).toBe('Leave it as it is.');
  });

  test('formal copy spells contractions out', () => {
    expect(applyRegister("We can't stop, and I'm sure it won't rain.", 'formal')).toEqual({
      text: 'We cannot stop, and I am sure it will not rain.',
      changed: 3,
    });
  });
});
