/**
 * A text read by the NLP pipeline, in plain data the analysers share, so that none of them depends on
 * the NLP library's own types. Offsets are UTF-16 indices into `text`.
 */
export interface TextDocument {
  readonly text: string;
  /** Every token but whitespace, in text order. */
  readonly tokens: readonly DocumentToken[];
  /** Runs of non-space characters holding a letter or digit: Flesch's "words". */
  readonly words: readonly DocumentWord[];
  /** Sentences holding at least one word; a blank line always ends one. */
  readonly sentenceCount: number;
  /** Blank-line separated blocks holding at least one word. */
  readonly paragraphCount: number;
  /** Polarity in [-1, 1] of each sentence the pipeline found. */
  readonly sentenceSentiments: readonly number[];
  readonly keyphrases: readonly DocumentKeyphrase[];
  /** Named entities the NER found (dates, money, URLs…), in text order. */
  readonly namedEntities: readonly DocumentEntity[];
}

export interface DocumentToken {
  readonly start: number;
  readonly end: number;
  /** The pipeline's token type: word, number, punctuation, url, emoji… */
  readonly type: string;
  /** Lower-cased, contractions expanded ("n't" → "not"). */
  readonly normal: string;
  readonly lemma: string;
  /** Universal Dependencies part-of-speech tag. */
  readonly pos: string;
  readonly stopWord: boolean;
  /** Index of the word it belongs to, or -1 when it holds no letter or digit. */
  readonly word: number;
}

export interface DocumentWord {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** A dotted abbreviation such as "Dr.", "U.S." or "e.g.", which Flesch counts as one syllable. */
  readonly abbreviation: boolean;
}

export interface DocumentKeyphrase {
  /** Lower-cased words, the last one lemmatised, so "small businesses" and "small business" count together. */
  readonly phrase: string;
  /** Token range in `tokens`, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface DocumentEntity {
  /** The NER's type, upper case: DATE, MONEY, PERCENT, URL… */
  readonly type: string;
  /** Token range in `tokens`, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
}
