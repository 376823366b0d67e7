import { z } from 'zod';
import { MAX_KEYWORD_LENGTH, MAX_TEXT_LENGTH, textFormatSchema } from './text-analyze.input.ts';
import { SENTIMENT_LABELS } from './text-analyze.output.ts';

/** The voices copy can be written in; every generating task takes one. */
export const TONES = [
  'neutral',
  'friendly',
  'professional',
  'casual',
  'persuasive',
  'playful',
  'inspirational',
  'authoritative',
] as const;
export type Tone = (typeof TONES)[number];

export const MAX_TOPIC_LENGTH = 200;
export const MAX_AUDIENCE_LENGTH = 200;
export const MAX_CALL_TO_ACTION_LENGTH = 120;
export const MAX_KEYWORDS = 10;

const hasLetterOrDigit = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);
const hasNonWhitespace = (value: string): boolean => /\S/.test(value);
/** A lone surrogate (text cut mid-character, or bytes that were never UTF-8) becomes U+FFFD, keeping every offset. */
const wellFormed = (value: string): string => value.toWellFormed();

export const toneSchema = z
  .enum(TONES, { error: `tone must be one of ${TONES.join(', ')}` })
  .describe('The voice of the copy.');

/** A short line of the creator's own words: trimmed, bounded, with a letter or digit, well-formed Unicode. */
export function phraseSchema(field: string, maxLength: number) {
  return z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} must not be empty or whitespace only`, abort: true })
    .max(maxLength, `${field} must be at most ${maxLength.toLocaleString('en-US')} characters long`)
    .refine(hasLetterOrDigit, `${field} must contain at least one letter or digit`)
    .overwrite(wellFormed);
}

/** A body of text to work from, bounded as `text.analyze` bounds it. */
export function sourceTextSchema(field: string, maxLength: number = MAX_TEXT_LENGTH) {
  return z
    .string({ error: `${field} must be a string` })
    .max(maxLength, `${field} must be at most ${maxLength.toLocaleString('en-US')} characters long`)
    .refine(hasNonWhitespace, `${field} must not be empty or whitespace only`)
    .overwrite(wellFormed);
}

export const topicSchema = phraseSchema('topic', MAX_TOPIC_LENGTH).describe('What the copy is about, in a few words.');
export const audienceSchema = phraseSchema('audience', MAX_AUDIENCE_LENGTH).describe('Who it is for.');
export const keywordSchema = phraseSchema('keyword', MAX_KEYWORD_LENGTH).describe('A focus keyword or keyphrase.');
export const callToActionSchema = phraseSchema('callToAction', MAX_CALL_TO_ACTION_LENGTH).describe(
  'What the reader should do next, e.g. "Subscribe for weekly tips".',
);

export const keywordListSchema = z
  .array(keywordSchema)
  .max(MAX_KEYWORDS, `at most ${MAX_KEYWORDS} keywords`)
  .describe('Keywords to work in, most important first.');

/**
 * Where copy comes from: a `topic`, or a `text` to draw on (an article, a transcript), or both. Spread into a task's
 * input object; pair with `requireTopicOrText`.
 */
export const copySourceFields = {
  topic: topicSchema.optional(),
  text: sourceTextSchema('text')
    .optional()
    .describe('Text to draw on (an article, a transcript): its keyphrases, entities and key sentences.'),
  format: textFormatSchema
    .default('plain')
    .describe(
      'How `text` is written: `markdown` is read as a document (headings, lists), so no syntax reaches the copy.',
    ),
};

export function requireTopicOrText(input: { topic?: string | undefined; text?: string | undefined }): boolean {
  return input.topic !== undefined || input.text !== undefined;
}
export const TOPIC_OR_TEXT_ERROR = { error: 'give a topic, a text, or both', path: ['topic'] };

const count = z.int().nonnegative();

export const tokenUsageSchema = z
  .object({ inputTokens: count, outputTokens: count })
  .describe('Model tokens the job used, a corrective retry included; zero offline.');

export const generatedBySchema = z
  .object({
    provider: z.enum(['offline', 'bedrock', 'openai']),
    model: z.string().min(1).max(256).describe('Model id, or `contentflow-templates` offline.'),
  })
  .describe('Who wrote it: offline templates or a named model. Every generated output says so.');

/** Every generating task's output ends with these. */
export const generationFields = { generatedBy: generatedBySchema, usage: tokenUsageSchema };

export const textScoresSchema = z
  .object({
    words: count,
    sentences: count,
    readingTimeSeconds: count,
    fleschReadingEase: z.number().nullable(),
    fleschKincaidGrade: z.number().nullable(),
    sentiment: z.enum(SENTIMENT_LABELS),
    sentimentComparative: z.number().min(-1).max(1),
    passiveSentencePercent: z.number().min(0).max(100),
    longSentencePercent: z.number().min(0).max(100),
    language: z.string().regex(/^[a-z]{3}$/),
  })
  .describe("The analyzer's scores of this text (as text.analyze reports them), stored with it.");

export type TextScores = z.infer<typeof textScoresSchema>;
export type GeneratedBy = z.infer<typeof generatedBySchema>;
export type TokenUsageOutput = z.infer<typeof tokenUsageSchema>;
