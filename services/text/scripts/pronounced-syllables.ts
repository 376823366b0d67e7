import { dictionary } from 'cmu-pronouncing-dictionary';

const VARIANT_SUFFIX = /\(\d+\)$/;
const STRESS_MARK = /\d/g;

/**
 * Fewest syllables per word over the CMU Pronouncing Dictionary's pronunciations (`word`, `word(2)`, …): a
 * stress digit marks each vowel sound, and Flesch counts the shorter of two accepted pronunciations.
 * Only the generator and the test of the exception table load the dictionary (66 MB of heap as an object).
 */
export function pronouncedSyllableCounts(): Map<string, number> {
  const fewest = new Map<string, number>();
  for (const [key, pronunciation] of Object.entries(dictionary)) {
    const word = key.replace(VARIANT_SUFFIX, '');
    const syllables = pronunciation.match(STRESS_MARK)?.length ?? 0;
    fewest.set(word, Math.min(fewest.get(word) ?? syllables, syllables));
  }
  return fewest;
}
