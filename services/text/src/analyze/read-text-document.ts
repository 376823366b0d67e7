import { MAX_WORD_LENGTH } from '@contentflow/events/text-analysis';
import { englishNlp } from './english-nlp.ts';
import { NlpOutputError } from './nlp-output-error.ts';
import type { DocumentEntity, DocumentKeyphrase, DocumentToken, DocumentWord, TextDocument } from './text-document.ts';
import { type WinkColumns, winkColumns } from './wink-columns.ts';

// wink's tokenizer is superlinear on long runs: a 20,000-character hyphenated one takes seconds.
const OVERLONG_RUN = new RegExp(`\\S{${MAX_WORD_LENGTH + 1},}`, 'g');
const UNICODE_LINE_BREAKS = /[\u2028\u2029]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The prose of a formatted text (Markdown) as the pipeline should read it: `source` is the text with its syntax
 * blanked out, character for character, so offsets still point into the original; `blockStarts` are the offsets
 * where a block (heading, paragraph, list item, table cell) begins, each ending the sentence before it.
 */
export interface TextBlocks {
  readonly source: string;
  /** Ascending. */
  readonly blockStarts: readonly number[];
}

/** Runs the wink pipeline over `text` and locates every token, word, sentence and paragraph in it. */
export function readTextDocument(text: string, blocks?: TextBlocks): TextDocument {
  // Both replacements keep every offset in place. wink's tokenizer does not know the Unicode line and
  // paragraph separators (it glues them to a neighbouring URL, for one); as line feeds they mean the same.
  const lineBroken = (blocks?.source ?? text).replace(UNICODE_LINE_BREAKS, '\n');
  const source = hasOverlongRun(lineBroken)
    ? lineBroken.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length))
    : lineBroken;
  const nlp = englishNlp();
  const columns = winkColumns(nlp, nlp.readDoc(source));
  const located = locate(source, columns, blocks?.blockStarts ?? []);
  return {
    text,
    tokens: located.tokens,
    words: located.words,
    sentenceCount: located.sentenceCount,
    paragraphCount: located.paragraphCount,
    sentenceSentiments: columns.sentenceSentiments,
    keyphrases: keyphrasesOf(columns, located.tokenIndexOf),
    namedEntities: namedEntitiesOf(columns, located.tokenIndexOf),
  };
}

/** JavaScript's `\s`, by code unit. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether any run of non-space characters is longer than a word can be: a plain scan, far cheaper than the regex. */
function hasOverlongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    run = isSpace(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > MAX_WORD_LENGTH) return true;
  }
  return false;
}

interface Located {
  readonly tokens: DocumentToken[];
  readonly words: DocumentWord[];
  readonly sentenceCount: number;
  readonly paragraphCount: number;
  /** wink token index → index in `tokens`, or -1 for the whitespace tokens left out. */
  readonly tokenIndexOf: Int32Array;
}

/**
 * Finds each token in the text, and groups tokens into words, sentences and paragraphs.
 *
 * Words are whitespace-delimited runs rather than wink tokens, because wink splits "isn't" and
 * "well-known" in parts while readability formulas count them as one word each (Flesch's rules).
 * Sentence and paragraph numbers advance only when a new word starts, so neither can be empty; a
 * blank line, or the start of a block, ends both.
 */
function locate(source: string, columns: WinkColumns, blockStarts: readonly number[]): Located {
  const { values, types, normals, lemmas, tags, stopWords, abbreviations, sentenceSpans } = columns;
  const tokens: DocumentToken[] = [];
  const words: Mutable<DocumentWord>[] = [];
  const tokenIndexOf = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  let sentence = -1;
  let paragraph = -1;
  let sentenceBreakPending = true;
  let paragraphBreakPending = true;
  let currentWord: Mutable<DocumentWord> | undefined;
  let nextSentence = 0;
  let nextBlock = 0;

  for (let i = 0; i < values.length; i += 1) {
    if (sentenceSpans[nextSentence]?.[0] === i) {
      sentenceBreakPending = true;
      nextSentence += 1;
    }
    const value = values[i]!;
    // Line breaks, and the odd run of control characters wink keeps whole with a vertical tab inside,
    // separate words as spaces do: left to the gap between the tokens around them.
    if (types[i] === 'tabCRLF' || WHITESPACE.test(value)) continue;
    const start = source.indexOf(value, cursor);
    if (start < 0) throw new NlpOutputError(`Token ${JSON.stringify(value)} not found after offset ${cursor}`);
    if (start > cursor) {
      currentWord = undefined;
      if (start - cursor >= 2 && lineBreaksBetween(source, cursor, start) >= 2) {
        paragraphBreakPending = true;
        sentenceBreakPending = true;
      }
    }
    while (nextBlock < blockStarts.length && blockStarts[nextBlock]! <= start) {
      paragraphBreakPending = true;
      sentenceBreakPending = true;
      nextBlock += 1;
    }
    const end = start + value.length;
    let word = -1;
    if (LETTER_OR_DIGIT.test(value)) {
      if (currentWord === undefined) {
        if (paragraphBreakPending) paragraph += 1;
        if (sentenceBreakPending) sentence += 1;
        paragraphBreakPending = false;
        sentenceBreakPending = false;
        currentWord = { start, end, sentence, paragraph, abbreviation: abbreviations[i]! };
        words.push(currentWord);
      } else {
        currentWord.end = end;
        currentWord.abbreviation = false;
      }
      word = words.length - 1;
    }
    tokenIndexOf[i] = tokens.length;
    tokens.push({
      start,
      end,
      type: types[i]!,
      normal: normals[i]!,
      lemma: lemmas[i]!,
      pos: tags[i]!,
      stopWord: stopWords[i]!,
      word,
    });
    cursor = end;
  }
  return { tokens, words, sentenceCount: sentence + 1, paragraphCount: paragraph + 1, tokenIndexOf };
}

/** Line breaks (\n, \r\n or \r) in `text` from `from` to `to`; scanned in place, as most gaps are one space. */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k += 1) {
    const code = text.charCodeAt(k);
    if (code === LINE_FEED || (code === CARRIAGE_RETURN && text.charCodeAt(k + 1) !== LINE_FEED)) breaks += 1;
  }
  return breaks;
}

function namedEntitiesOf(columns: WinkColumns, tokenIndexOf: Int32Array): DocumentEntity[] {
  return columns.namedEntitySpans.flatMap(([first, last], index): DocumentEntity[] => {
    const firstToken = tokenIndexOf[first]!;
    const lastToken = tokenIndexOf[last]!;
    if (firstToken < 0 || lastToken < 0) return [];
    return [{ type: columns.namedEntityTypes[index]!, firstToken, endToken: lastToken + 1 }];
  });
}

function keyphrasesOf(columns: WinkColumns, tokenIndexOf: Int32Array): DocumentKeyphrase[] {
  return columns.entitySpans.flatMap(([first, last]): DocumentKeyphrase[] => {
    const firstToken = tokenIndexOf[first]!;
    const lastToken = tokenIndexOf[last]!;
    // A phrase on a token left out of `tokens` (whitespace inside) is an artefact of odd input.
    if (firstToken < 0 || lastToken < 0) return [];
    const phrase = [...columns.normals.slice(first, last), columns.lemmas[last]].join(' ');
    return [{ phrase, firstToken, endToken: lastToken + 1 }];
  });
}
