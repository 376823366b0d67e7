import { LONG_SENTENCE_WORDS, type SentenceSpan, type TextStyle } from '@contentflow/events/text-analysis';
import type { TextDocument } from './text-document.ts';
import { wordDensity } from './word-density.ts';

const LONGEST_LISTED = 5;
/** End punctuation (and closing quotes or brackets) that belongs to the sentence's span. */
const SENTENCE_END = /^[.!?…]+["'”’)\]]*/u;

/** Every sentence with its word count and span, in text order. */
export function sentenceSpansOf(doc: TextDocument): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const word of doc.words) {
    const span = spans[word.sentence];
    if (span) {
      span.words += 1;
      span.length = word.end - span.offset;
    } else {
      spans[word.sentence] = { offset: word.start, length: word.end - word.start, words: 1 };
    }
  }
  for (const span of spans) {
    const end = span.offset + span.length;
    span.length += SENTENCE_END.exec(doc.text.slice(end, end + 8))?.[0].length ?? 0;
  }
  return spans;
}

/** Sentences over LONG_SENTENCE_WORDS words, and the longest of them. */
export function longSentencesOf(spans: readonly SentenceSpan[]): TextStyle['longSentences'] {
  const long = spans.filter((span) => span.words > LONG_SENTENCE_WORDS);
  return {
    thresholdWords: LONG_SENTENCE_WORDS,
    count: long.length,
    percent: wordDensity(long.length, spans.length),
    // Stable sort: equally long sentences keep their order.
    longest: long.toSorted((a, b) => b.words - a.words).slice(0, LONGEST_LISTED),
  };
}
