import type { TextFormat } from '@contentflow/events/text-analysis';
import { englishNlp } from './english-nlp.ts';
import { readMarkdown } from './markdown/read-markdown.ts';
import { NlpOutputError } from './nlp-output-error.ts';

export interface KeySentence {
  /** As written, whitespace collapsed. */
  readonly text: string;
  /** Position in the text, for putting a selection back in reading order. */
  readonly index: number;
  /** In [0, 1]: wink-nlp's sentence-wise importance (content load of part-of-speech n-grams). */
  readonly importance: number;
  readonly words: number;
}

/** Fragments ("Yes.", a heading) carry little; a key sentence has at least this many words. */
const MIN_WORDS = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The text's sentences ranked by importance, most important first (ties in reading order): what extractive
 * summaries, descriptions and scripts are built from.
 */
export function keySentencesOf(text: string, format: TextFormat = 'plain'): KeySentence[] {
  const source = format === 'markdown' ? readMarkdown(text).source : text;
  const nlp = englishNlp();
  const doc = nlp.readDoc(source);
  const sentences = doc.sentences().out();
  const importance = doc.out(nlp.its.sentenceWiseImportance);
  if (!Array.isArray(importance)) throw new NlpOutputError('Expected sentence importances as an array');
  return importance
    .flatMap(({ index, importance: weight }): KeySentence[] => {
      const sentence = sentences[index]?.replace(/\s+/g, ' ').trim() ?? '';
      const words = sentence.match(WORD)?.length ?? 0;
      return words >= MIN_WORDS ? [{ text: sentence, index, importance: weight, words }] : [];
    })
    .sort((a, b) => b.importance - a.importance || a.index - b.index);
}
