import type { AnalyzeTextOutput, TextFormat } from '@contentflow/events';
import { analyzeText } from '../analyze/analyze-text.ts';
import { type KeySentence, keySentencesOf } from '../analyze/key-sentences.ts';
import { readMarkdown } from '../analyze/markdown/read-markdown.ts';
import { readTextDocument } from '../analyze/read-text-document.ts';
import type { TextDocument } from '../analyze/text-document.ts';

/** Beyond this, a topic is a sentence, not a subject to put in a headline. */
const MAX_SUBJECT_LENGTH = 60;
const MAX_SUBJECTS = 8;

export interface SourceFacts {
  /** The topic as given, else the text's leading subject. */
  readonly topic: string;
  /** What the copy can be about, best first and distinct: keyword, topic, the text's keyphrases and names; never empty. */
  readonly subjects: readonly string[];
  /** The text's sentences, most important first; none for a bare topic. */
  readonly keySentences: readonly KeySentence[];
  /** The analysis of the text, or of the topic when there is no text. */
  readonly analysis: AnalyzeTextOutput;
}

export interface SourceRequest {
  topic?: string | undefined;
  text?: string | undefined;
  keyword?: string | undefined;
  format?: TextFormat | undefined;
}

/**
 * What the text (or topic) offers templates, read with the analyzer: its subjects as written ("small businesses",
 * not the lemma "small business"), its named people and places, and its key sentences.
 */
export function sourceFactsOf(request: SourceRequest): SourceFacts {
  const format = request.format ?? 'plain';
  const material = request.text ?? request.topic ?? '';
  const analysis = analyzeText({ text: material, format });
  const names = analysis.entities.filter((entity) => entity.type === 'name').map((entity) => entity.text);
  const subjects = distinct([
    request.keyword,
    request.topic && request.topic.length <= MAX_SUBJECT_LENGTH ? request.topic : undefined,
    ...keyphrasesAsWritten(material, format),
    ...names,
    ...analysis.keywords.map((keyword) => keyword.term),
  ]).slice(0, MAX_SUBJECTS);
  const topic = request.topic ?? subjects[0] ?? material.trim().slice(0, MAX_SUBJECT_LENGTH);
  return {
    topic,
    subjects: subjects.length > 0 ? subjects : [topic],
    keySentences: request.text === undefined ? [] : keySentencesOf(request.text, format),
    analysis,
  };
}

/** The text's keyphrases, most frequent first, each as first written. */
function keyphrasesAsWritten(text: string, format: TextFormat): string[] {
  const doc = readTextDocument(text, format === 'markdown' ? readMarkdown(text) : undefined);
  const tally = new Map<string, { written: string; count: number }>();
  for (const { phrase, firstToken, endToken } of doc.keyphrases) {
    const entry = tally.get(phrase);
    if (entry) entry.count += 1;
    else tally.set(phrase, { written: writtenSpan(doc, firstToken, endToken), count: 1 });
  }
  return [...tally.values()].sort((a, b) => b.count - a.count).map(({ written }) => written);
}

/**
 * The phrase as written, widened to whole words: the tokenizer splits "short-form", so a phrase found on "form video"
 * is "short-form video" in the text.
 */
function writtenSpan(doc: TextDocument, firstToken: number, endToken: number): string {
  const first = doc.tokens[firstToken]!;
  const last = doc.tokens[endToken - 1]!;
  const start = first.word >= 0 ? doc.words[first.word]!.start : first.start;
  const end = last.word >= 0 ? doc.words[last.word]!.end : last.end;
  const written = doc.text.slice(start, end).replace(/[.,;:!?)"'”’]+$/u, '');
  // A capital that only marks the start of a sentence is not the phrase's own ("Short-form video dominates…").
  const opensSentence = first.word <= 0 || doc.words[first.word - 1]!.sentence !== doc.words[first.word]!.sentence;
  return opensSentence && first.pos !== 'PROPN' && /^\p{Lu}\p{Ll}/u.test(written)
    ? written.charAt(0).toLowerCase() + written.slice(1)
    : written;
}

/** First spelling of each, ignoring case and surrounding space; blanks dropped. */
function distinct(candidates: ReadonlyArray<string | undefined>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const candidate of candidates) {
    const value = candidate?.trim().replace(/\s+/g, ' ');
    if (!value || !/[\p{L}\p{N}]/u.test(value)) continue;
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}
