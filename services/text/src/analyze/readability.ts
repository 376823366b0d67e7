import type { Readability } from '@contentflow/events/text-analysis';
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { roundTo } from './round-to.ts';

export interface ReadabilityCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly letters: number;
  /** Words of three or more syllables (SMOG). */
  readonly polysyllabicWords: number;
}

/** The classic formulas over the counts; null without a word, where every formula divides by zero. */
export function readabilityOf(counts: ReadabilityCounts): Readability | null {
  const { words, sentences, syllables, letters, polysyllabicWords } = counts;
  if (words === 0 || sentences === 0) return null;
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  return {
    fleschReadingEase: twoDecimals(flesch({ sentence: sentences, word: words, syllable: syllables })),
    fleschKincaidGrade: twoDecimals(fleschKincaid({ sentence: sentences, word: words, syllable: syllables })),
    automatedReadabilityIndex: twoDecimals(
      automatedReadability({ sentence: sentences, word: words, character: letters }),
    ),
    colemanLiauIndex: twoDecimals(colemanLiau({ sentence: sentences, word: words, letter: letters })),
    smogIndex: twoDecimals(smogFormula({ sentence: sentences, polysillabicWord: polysyllabicWords })),
    averageWordsPerSentence: twoDecimals(wordsPerSentence),
    averageSyllablesPerWord: twoDecimals(syllablesPerWord),
  };
}

const twoDecimals = (value: number): number => roundTo(value, 2);
