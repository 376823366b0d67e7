import { countSyllables } from './count-syllables.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

export interface WordMeasures {
  readonly syllables: number;
  /** Letters and digits, the "characters" of the Automated Readability and Coleman–Liau formulas. */
  readonly letters: number;
}

/** Measures words, remembering each distinct spelling: a 2,000-word article holds only a few hundred. */
export function createWordMeasurer(): (word: string) => WordMeasures {
  const measured = new Map<string, WordMeasures>();
  return (word) => {
    const key = word.toLowerCase();
    let measures = measured.get(key);
    if (measures === undefined) {
      measures = { syllables: countSyllables(key), letters: key.match(LETTER_OR_DIGIT)?.length ?? 0 };
      measured.set(key, measures);
    }
    return measures;
  };
}
