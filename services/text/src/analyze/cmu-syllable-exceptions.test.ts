import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pronouncedSyllableCounts } from '../../scripts/pronounced-syllables.ts';
import { syllableExceptionsModule } from '../../scripts/syllable-exceptions-module.ts';
import { countSyllables } from './count-syllables.ts';

test('the exception table is what the generator makes from the installed dictionary and rules', () => {
  const committed = readFileSync(new URL('./cmu-syllable-exceptions.ts', import.meta.url), 'utf8');
  expect(committed, 'run node services/text/scripts/generate-syllable-exceptions.ts').toBe(syllableExceptionsModule());
});

test('every plain dictionary word counts as the dictionary pronounces it (at least one)', () => {
  const mismatches: string[] = [];
  for (const [word, syllables] of pronouncedSyllableCounts()) {
    // Keys with dots, digits or edge apostrophes are not words the tokenizer hands over whole.
    if (!/^[a-z]+('[a-z]+)?$/.test(word)) continue;
    if (countSyllables(word) !== Math.max(1, syllables)) mismatches.push(word);
  }
  expect(mismatches).toEqual([]);
});
