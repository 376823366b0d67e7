import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';

/** One token of a phrase as wink reads it. */
export interface PhraseToken {
  /** As written. */
  value: string;
  /** The whitespace before it, so a span can be put back together as written. */
  before: string;
  /** wink's token type: `word`, `number`, `punctuation`, `emoji`, `hashtag`… */
  type: string;
  /** Universal part-of-speech tag: `NOUN`, `ADJ`, `ADP`… */
  pos: string;
  /** Lower-case base form: "mistakes" → "mistake", "made" → "make". */
  lemma: string;
  stopWord: boolean;
}

export interface PhraseReading {
  tokens: PhraseToken[];
  /** wink's sentiment of the whole phrase, −1 (negative) to 1 (positive). */
  sentiment: number;
}

// Sentence boundaries, negation (for sentiment), sentiment and part-of-speech tags: lemmas need the tags.
const PIPE = ['sbd', 'negation', 'sentiment', 'pos'];

let instance: WinkMethods | undefined;

/** The shared pipeline, built on first use (about 100 ms). */
function englishNlp(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}

/** Reads a short text (a niche, a title, an angle) into tokens with tags and lemmas. */
export function readPhrase(text: string): PhraseReading {
  const nlp = englishNlp();
  const { its } = nlp;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = strings(tokens.out(its.value));
  const before = strings(tokens.out(its.precedingSpaces));
  const types = strings(tokens.out(its.type));
  const pos = strings(tokens.out(its.pos));
  // wink types its.lemma's third parameter as model addons where out() passes its cache: a typing slip.
  const lemmas = strings(tokens.out(its.lemma as unknown as ItsFunction<string>));
  const stopWords = tokens.out(its.stopWordFlag);
  const sentiment = doc.out(its.sentiment);
  return {
    tokens: values.map((value, index) => ({
      value,
      before: before[index] ?? '',
      type: types[index] ?? 'word',
      pos: pos[index] ?? 'X',
      lemma: (lemmas[index] ?? value).toLowerCase(),
      stopWord: stopWords[index] === true,
    })),
    sentiment: typeof sentiment === 'number' && Number.isFinite(sentiment) ? sentiment : 0,
  };
}

/** Tokens `[from, to)` as written, without the space before the first. */
export function spanText(tokens: readonly PhraseToken[], from = 0, to = tokens.length): string {
  return tokens
    .slice(from, to)
    .map((token, index) => (index === 0 ? token.value : token.before + token.value))
    .join('');
}

// wink's typings widen every `out()` to `T[] | string[]`; a non-string would be a wink bug, so it is kept visible.
function strings(values: readonly unknown[]): string[] {
  return values.map((value) => (typeof value === 'string' ? value : String(value)));
}
