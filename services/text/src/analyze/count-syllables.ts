import { syllable } from 'syllable';
import { CMU_SYLLABLE_EXCEPTIONS } from './cmu-syllable-exceptions.ts';

const WORD_PARTS = /[\p{L}\p{N}']+/gu;
const EDGE_APOSTROPHES = /^'+|'+$/g;

let exceptions: ReadonlyMap<string, number> | undefined;

/** The dictionary's counts where spelling rules get them wrong; everywhere else the two agree. */
function pronouncedExceptions(): ReadonlyMap<string, number> {
  exceptions ??= new Map(
    Object.entries(CMU_SYLLABLE_EXCEPTIONS).flatMap(([count, words]) =>
      words.split(' ').map((word) => [word, Number(count)] as const),
    ),
  );
  return exceptions;
}

/**
 * Syllables in one written word, by Flesch's counting rules ("How to Write Plain English"):
 * - "count the syllables in words as they are pronounced": as the CMU Pronouncing Dictionary has them (134k
 *   words; the fewer syllables where "a word has two accepted pronunciations"), else by `syllable`'s spelling
 *   rules. Only the words where the two disagree are kept (`cmu-syllable-exceptions.ts`): same counts, 1 MB
 *   of heap instead of the dictionary's 66 MB;
 * - figures and symbols ("17", "$10", "9%") count as one syllable. (Abbreviations, which he counts
 *   as one too, need the tokenizer to tell; see `DocumentWord.abbreviation`.)
 * Hyphenated words count the syllables of their parts.
 */
export function countSyllables(word: string): number {
  let total = 0;
  for (const [match] of word.toLowerCase().replaceAll('’', "'").matchAll(WORD_PARTS)) {
    const part = match.replace(EDGE_APOSTROPHES, '');
    if (part !== '') total += pronouncedExceptions().get(part) ?? syllable(part);
  }
  return Math.max(1, total);
}
