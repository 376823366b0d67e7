import type { TextCounts } from '@contentflow/events/text-analysis';
import type { ReadabilityCounts } from './readability.ts';
import type { TextDocument } from './text-document.ts';
import { createWordMeasurer } from './word-measures.ts';

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const WHITESPACE = /\s/g;

/** Structure counts, plus the extra counts the readability formulas need. */
export function measureText(doc: TextDocument): { counts: TextCounts; readability: ReadabilityCounts } {
  const measure = createWordMeasurer();
  let syllables = 0;
  let letters = 0;
  let polysyllabicWords = 0;
  for (const word of doc.words) {
    const measures = measure(doc.text.slice(word.start, word.end));
    // Flesch: "Count abbreviations, figures, symbols and their combinations as one-syllable words."
    const wordSyllables = word.abbreviation ? 1 : measures.syllables;
    syllables += wordSyllables;
    letters += measures.letters;
    if (wordSyllables >= 3) polysyllabicWords += 1;
  }
  // Code points, so an emoji or a CJK extension character counts once.
  const characters = doc.text.length - countMatches(doc.text, SURROGATE_PAIR);
  const counts: TextCounts = {
    words: doc.words.length,
    sentences: doc.sentenceCount,
    paragraphs: doc.paragraphCount,
    characters,
    charactersExcludingSpaces: characters - countMatches(doc.text, WHITESPACE),
    syllables,
  };
  return {
    counts,
    readability: { words: counts.words, sentences: counts.sentences, syllables, letters, polysyllabicWords },
  };
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
