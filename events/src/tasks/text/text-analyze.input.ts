import { z } from 'zod';

/** Long enough for a long-form article; bounds the work one analysis can cost. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_KEYWORD_LENGTH = 100;

const hasNonWhitespace = (value: string): boolean => /\S/.test(value);
const hasLetterOrDigit = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);

/**
 * What `text.analyze` is asked to look at. Later revisions add optional page context (title, meta
 * description, headings) beside these fields; unknown keys are stripped so older callers keep working.
 */
export const analyzeTextInputSchema = z.object({
  text: z
    .string({ error: 'text must be a string' })
    .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters long`)
    .refine(hasNonWhitespace, 'text must not be empty or whitespace only')
    .describe('Plain text to analyse; paragraphs are separated by blank lines.'),
  keyword: z
    .string({ error: 'keyword must be a string' })
    .trim()
    .min(1, { error: 'keyword must not be empty or whitespace only', abort: true })
    .max(MAX_KEYWORD_LENGTH, `keyword must be at most ${MAX_KEYWORD_LENGTH} characters long`)
    .refine(hasLetterOrDigit, 'keyword must contain at least one letter or digit')
    .optional()
    .describe('Focus keyword or keyphrase to measure (occurrences, density, placement); matched case-insensitively.'),
});

export type AnalyzeTextInput = z.input<typeof analyzeTextInputSchema>;
export type ValidAnalyzeTextInput = z.output<typeof analyzeTextInputSchema>;
