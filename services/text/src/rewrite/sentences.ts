import { englishNlp } from '../analyze/english-nlp.ts';
import { NlpOutputError } from '../analyze/nlp-output-error.ts';

export interface ParagraphSentence {
  readonly text: string;
  /** wink-nlp's sentence-wise importance within the paragraph, in [0, 1]. */
  readonly importance: number;
}

/** The sentences of one paragraph, in order, whitespace collapsed, with their importance. */
export function sentencesOf(paragraph: string): ParagraphSentence[] {
  const nlp = englishNlp();
  const doc = nlp.readDoc(paragraph);
  const texts = doc.sentences().out();
  const importance = doc.out(nlp.its.sentenceWiseImportance);
  if (!Array.isArray(importance)) throw new NlpOutputError('Expected sentence importances as an array');
  const weights = new Map(importance.map(({ index, importance: weight }) => [index, weight]));
  return texts
    .map((text, index) => ({ text: text.replace(/\s+/g, ' ').trim(), importance: weights.get(index) ?? 0 }))
    .filter((sentence) => sentence.text !== '');
}
