import { dictionary } from 'cmu-pronouncing-dictionary';
import { syllable } from 'syllable';

const WORD_PARTS = /[\p{L}\p{N}']+/gu;
const EDGE_APOSTROPHES = /^'+|'+$/g;
const STRESS_MARK = /\d/g;

/**
 * Syllables in one written word, by Flesch's counting rules ("How to Write Plain English"):
 * - "count the syllables in words as they are pronounced": from the CMU Pronouncing Dictionary
 *   (134k words, a stress digit on each vowel sound) and, for words it lacks, `syllable`'s spelling rules;
 * - "if a word has two accepted pronunciations, use the one with fewer syllables";
 * - figures and symbols ("17", "$10", "9%") count as one syllable. (Abbreviations, which he counts
 *   as one too, need the tokenizer to tell; see `DocumentWord.abbreviation`.)
 * Hyphenated words count the syllables of their parts.
 */
export function countSyllables(word: string): number {
  let total = 0;
  for (const [match] of word.toLowerCase().replaceAll('’', "'").matchAll(WORD_PARTS)) {
    const part = match.replace(EDGE_APOSTROPHES, '');
    if (part !== '') total += pronouncedSyllables(part) ?? syllable(part);
  }
  return Math.max(1, total);
}

/** Fewest syllables over the dictionary's pronunciations (`word`, `word(2)`, …), if it knows the word. */
function pronouncedSyllables(part: string): number | undefined {
  let fewest: number | undefined;
  for (let variant = 1; ; variant += 1) {
    const key = variant === 1 ? part : `${part}(${variant})`;
    // Own keys only: the dictionary is a plain object, and "constructor" must not reach its prototype.
    if (!Object.hasOwn(dictionary, key)) return fewest;
    const syllables = dictionary[key]!.match(STRESS_MARK)?.length ?? 0;
    fewest = fewest === undefined ? syllables : Math.min(fewest, syllables);
  }
}
