import { MAX_CAPTION_WORDS } from '@contentflow/events';

/** The boundary a chunk ends on, which decides the pause a speaker makes after it. */
export type ChunkBoundary = 'word' | 'phrase' | 'sentence' | 'paragraph';

export interface CaptionChunk {
  /** The words as written, punctuation included, single-spaced. */
  text: string;
  words: number;
  boundary: ChunkBoundary;
}

/** Pauses a reader makes at each boundary at normal speed, in seconds; they scale with the speaking rate. */
export const PAUSE_SECONDS: Readonly<Record<ChunkBoundary, number>> = {
  word: 0.04,
  phrase: 0.18,
  sentence: 0.4,
  paragraph: 0.8,
};

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const PHRASE_END = /[,;:—–]["'”’)\]]*$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

interface Phrase {
  tokens: string[];
  words: number;
  boundary: Exclude<ChunkBoundary, 'word'>;
}

/** Splits a paragraph into phrases at punctuation; tokens without a letter or digit ride along with a word. */
function phrasesOf(paragraph: string): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Phrase = { tokens: [], words: 0, boundary: 'phrase' };
  for (const token of paragraph.split(/\s+/).filter(Boolean)) {
    current.tokens.push(token);
    if (!HAS_WORD.test(token)) continue;
    current.words += 1;
    const boundary = SENTENCE_END.test(token) ? 'sentence' : PHRASE_END.test(token) ? 'phrase' : undefined;
    if (boundary) {
      current.boundary = boundary;
      phrases.push(current);
      current = { tokens: [], words: 0, boundary: 'phrase' };
    }
  }
  if (current.words > 0) phrases.push({ ...current, boundary: 'sentence' });
  else if (current.tokens.length > 0 && phrases.length > 0) phrases.at(-1)!.tokens.push(...current.tokens);
  return phrases;
}

/** Splits `tokens` holding `words` words into the fewest parts of at most `max` words, as even as possible. */
function evenParts(tokens: string[], words: number, max: number): string[][] {
  const count = Math.ceil(words / max);
  const parts: string[][] = [];
  let part: string[] = [];
  let seen = 0;
  for (const token of tokens) {
    part.push(token);
    if (!HAS_WORD.test(token)) continue;
    seen += 1;
    // Cut after the word that reaches the next even share.
    if (parts.length < count - 1 && seen >= Math.round(((parts.length + 1) * words) / count)) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * Splits text into caption chunks of at most `maxWords` words: whole phrases where they fit (short phrases of one
 * sentence are joined), long phrases cut evenly. Each chunk is also a unit of speech, so its boundary tells the
 * synthesiser how long to pause after it.
 */
export function splitCaptionChunks(text: string, maxWords: number = MAX_CAPTION_WORDS): CaptionChunk[] {
  const chunks: CaptionChunk[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let pending: Phrase | undefined;
    const flush = (): void => {
      if (pending) chunks.push({ text: pending.tokens.join(' '), words: pending.words, boundary: pending.boundary });
      pending = undefined;
    };
    for (const phrase of phrasesOf(paragraph)) {
      if (pending && pending.boundary === 'phrase' && pending.words + phrase.words <= maxWords) {
        pending = {
          tokens: [...pending.tokens, ...phrase.tokens],
          words: pending.words + phrase.words,
          boundary: phrase.boundary,
        };
        continue;
      }
      flush();
      if (phrase.words <= maxWords) {
        pending = phrase;
        continue;
      }
      const parts = evenParts(phrase.tokens, phrase.words, maxWords);
      parts.forEach((tokens, index) => {
        const words = tokens.filter((token) => HAS_WORD.test(token)).length;
        const boundary = index === parts.length - 1 ? phrase.boundary : 'word';
        chunks.push({ text: tokens.join(' '), words, boundary });
      });
    }
    flush();
    const last = chunks.at(-1);
    if (last) last.boundary = 'paragraph';
  }
  return chunks;
}
