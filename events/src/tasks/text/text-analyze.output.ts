import { z } from 'zod';
import { seoSchema } from './text-seo.output.ts';

/** Average silent reading rate of adults for non-fiction (Brysbaert 2019, "How many words do we read per minute?"). */
export const READING_WORDS_PER_MINUTE = 238;

/** Longer runs of non-space characters are data (base64, data URIs, minified code), not words. */
export const MAX_WORD_LENGTH = 256;

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

/** Sentences over this many words count as long (Yoast SEO's threshold for English). */
export const LONG_SENTENCE_WORDS = 20;

/**
 * What a named entity is: `name` for a run of proper nouns (a person, place, organisation or product: the tagger
 * does not tell them apart), the rest from the NER of wink-nlp's English model.
 */
export const ENTITY_TYPES = [
  'name',
  'date',
  'time',
  'duration',
  'money',
  'percent',
  'email',
  'url',
  'hashtag',
  'mention',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const count = z.int().nonnegative();
const percent = z.number().min(0).max(100);

const countsSchema = z
  .object({
    words: count.describe(
      'Runs of non-space characters holding a letter or digit (Flesch: "wouldn\'t", "full-length", "17" are one ' +
        `word each). Runs over ${MAX_WORD_LENGTH} characters (base64, data URIs) are data, not words, and are skipped.`,
    ),
    sentences: count.describe('Sentences holding at least one word; a blank line always ends a sentence.'),
    paragraphs: count.describe('Blocks separated by blank lines that hold at least one word.'),
    characters: count.describe('Unicode code points, spaces included.'),
    charactersExcludingSpaces: count,
    syllables: count.describe(
      'Syllables over all words, as pronounced; abbreviations, figures and symbols count one each (Flesch).',
    ),
  })
  .describe('Structure counts of the text.');

const readingTimeSchema = z
  .object({
    wordsPerMinute: z.literal(READING_WORDS_PER_MINUTE),
    minutes: z.number().nonnegative().describe('words / wordsPerMinute, to two decimals.'),
    seconds: count.describe('The same duration in whole seconds.'),
  })
  .describe('Estimated silent reading time.');

const readabilitySchema = z
  .object({
    fleschReadingEase: z.number().describe('206.835 − 1.015·words/sentence − 84.6·syllables/word; higher is easier.'),
    fleschKincaidGrade: z.number().describe('U.S. school grade: 0.39·words/sentence + 11.8·syllables/word − 15.59.'),
    automatedReadabilityIndex: z.number().describe('U.S. grade from letters per word and words per sentence.'),
    colemanLiauIndex: z.number().describe('U.S. grade from letters and sentences per 100 words.'),
    smogIndex: z.number().describe('U.S. grade from words of three or more syllables per 30 sentences.'),
    averageWordsPerSentence: z.number().nonnegative(),
    averageSyllablesPerWord: z.number().nonnegative(),
  })
  .nullable()
  .describe('Readability formulas, to two decimals; null when the text holds no word.');

const sentimentSchema = z
  .object({
    score: z.number().describe('Sum of the sentence polarities: grows with the length of the text.'),
    comparative: z.number().min(-1).max(1).describe('Mean sentence polarity in [-1, 1].'),
    label: z.enum(SENTIMENT_LABELS).describe('positive above +0.05 comparative, negative below −0.05, else neutral.'),
  })
  .describe('Lexicon-based sentiment (AFINN-style lexicon with negation and emoji handling).');

const keywordSchema = z.object({
  term: z.string().min(1).describe('Lemma, lower-cased: "businesses" and "business" count together.'),
  count: z.int().positive(),
  density: percent.describe('Words holding the term / words × 100.'),
});

const keyphraseSchema = z.object({
  phrase: z.string().min(1).describe('Lower-cased noun phrase of two or three words; its last word lemmatised.'),
  count: z.int().positive(),
  density: percent.describe('Words inside its occurrences / words × 100.'),
});

const keywordPositionSchema = z.object({
  offset: count.describe('UTF-16 offset of the occurrence in the text (JavaScript string index).'),
  length: z.int().positive().describe('UTF-16 length of the occurrence as written in the text.'),
  sentence: count.describe('0-based index of the sentence holding it.'),
  paragraph: count.describe('0-based index of the paragraph holding it.'),
});

const focusKeywordSchema = z
  .object({
    keyword: z.string().min(1).describe('The keyword as given, trimmed.'),
    occurrences: count.describe('Case-insensitive matches of its whole token sequence inside one paragraph.'),
    density: percent.describe(
      'Words inside its occurrences / words × 100: occurrences × keyword words / words (Wikipedia, "Keyword density").',
    ),
    inFirstSentence: z.boolean(),
    inFirstParagraph: z.boolean(),
    inLastParagraph: z.boolean(),
    positions: z.array(keywordPositionSchema),
  })
  .describe('Present when a keyword was given.');

const sentenceSpanSchema = z.object({
  offset: count.describe('UTF-16 offset of the sentence in the text.'),
  length: z.int().positive().describe('UTF-16 length, from its first word to its end punctuation.'),
  words: z.int().positive(),
});

const passivePhraseSchema = z.object({
  offset: count.describe('UTF-16 offset of the form of "to be" that opens the phrase.'),
  length: z.int().positive(),
  text: z.string().min(1).describe('The phrase as written, e.g. "was written", "are being reviewed".'),
});

const styleSchema = z
  .object({
    passiveVoice: z.object({
      sentences: count.describe('Sentences holding a passive phrase: a form of "to be", then a past participle.'),
      percent: percent.describe('Of all sentences.'),
      phrases: z.array(passivePhraseSchema).max(10).describe('The first ten passive phrases found.'),
    }),
    longSentences: z.object({
      thresholdWords: z.literal(LONG_SENTENCE_WORDS),
      count: count.describe(`Sentences of more than ${LONG_SENTENCE_WORDS} words.`),
      percent: percent.describe('Of all sentences.'),
      longest: z.array(sentenceSpanSchema).max(5).describe('The five longest of them, longest first.'),
    }),
  })
  .describe('Style: passive voice and long sentences, the two habits that most slow readers down.');

const entitySchema = z.object({
  text: z.string().min(1).describe('As first written in the text.'),
  type: z.enum(ENTITY_TYPES),
  count: z.int().positive().describe('Occurrences, matched case-insensitively.'),
  offset: count.describe('UTF-16 offset of the first occurrence.'),
});

const headingSchema = z.object({
  level: z.int().min(1).max(6),
  text: z.string().describe('The heading’s text without its Markdown syntax.'),
  offset: count.describe('UTF-16 offset of the heading line.'),
});

export const analyzeTextOutputSchema = z.object({
  counts: countsSchema,
  readingTime: readingTimeSchema,
  readability: readabilitySchema,
  sentiment: sentimentSchema,
  keywords: z
    .array(keywordSchema)
    .describe('Most frequent nouns and adjectives outside stop words, most frequent first.'),
  keyphrases: z.array(keyphraseSchema).describe('Most frequent noun phrases, most frequent first.'),
  keyword: focusKeywordSchema.optional(),
  language: z
    .string()
    .regex(/^[a-z]{3}$/)
    .describe('ISO 639-3 code of the detected language, or "und" when the text is too short to tell reliably.'),
  style: styleSchema,
  entities: z.array(entitySchema).max(20).describe('Named entities, most frequent first.'),
  headings: z.array(headingSchema).optional().describe('The Markdown headings, in order; present for Markdown input.'),
  seo: seoSchema,
});

export type AnalyzeTextOutput = z.infer<typeof analyzeTextOutputSchema>;
export type TextCounts = z.infer<typeof countsSchema>;
export type ReadingTime = z.infer<typeof readingTimeSchema>;
export type Readability = NonNullable<z.infer<typeof readabilitySchema>>;
export type Sentiment = z.infer<typeof sentimentSchema>;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export type Keyword = z.infer<typeof keywordSchema>;
export type Keyphrase = z.infer<typeof keyphraseSchema>;
export type FocusKeyword = z.infer<typeof focusKeywordSchema>;
export type KeywordPosition = z.infer<typeof keywordPositionSchema>;
export type TextStyle = z.infer<typeof styleSchema>;
export type PassivePhrase = z.infer<typeof passivePhraseSchema>;
export type SentenceSpan = z.infer<typeof sentenceSpanSchema>;
export type NamedEntity = z.infer<typeof entitySchema>;
export type Heading = z.infer<typeof headingSchema>;
