import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { textFormatSchema } from './text-analyze.input.ts';
import { generationFields, sourceTextSchema, textScoresSchema, toneSchema } from './text-fields.ts';

/** About 3,000 words: what a model rewrites in one answer. */
export const MAX_REWRITE_LENGTH = 20_000;
export const REWRITE_LENGTHS = ['shorter', 'same', 'longer'] as const;
export const MIN_TARGET_GRADE = 1;
export const MAX_TARGET_GRADE = 18;

export const rewriteInputSchema = z
  .strictObject({
    text: sourceTextSchema('text', MAX_REWRITE_LENGTH).describe('The text to rewrite.'),
    format: textFormatSchema.default('plain'),
    tone: toneSchema.optional().describe('The voice to rewrite it in.'),
    length: z
      .enum(REWRITE_LENGTHS, { error: `length must be one of ${REWRITE_LENGTHS.join(', ')}` })
      .default('same')
      .describe('Shorten (to about 60%), keep, or expand (to about 140%).'),
    targetGrade: z
      .number({ error: 'targetGrade must be a number' })
      .min(MIN_TARGET_GRADE, `targetGrade must be at least ${MIN_TARGET_GRADE}`)
      .max(MAX_TARGET_GRADE, `targetGrade must be at most ${MAX_TARGET_GRADE}`)
      .optional()
      .describe('Simplify to this Flesch–Kincaid U.S. school grade or below (8 reads easily for most adults).'),
  })
  .refine((input) => input.tone !== undefined || input.targetGrade !== undefined || input.length !== 'same', {
    error: 'ask for a change: a tone, a targetGrade, or a length other than "same"',
    path: ['tone'],
  });

export const rewriteOutputSchema = z.object({
  text: z
    .string()
    .min(1)
    .max(MAX_REWRITE_LENGTH * 2),
  format: textFormatSchema,
  changes: z.array(z.string().min(1)).max(100).describe('What was changed, one line each.'),
  before: textScoresSchema,
  after: textScoresSchema,
  targetGrade: z
    .object({ target: z.number(), before: z.number().nullable(), after: z.number().nullable(), met: z.boolean() })
    .optional()
    .describe('Present when a target grade was asked for: Flesch–Kincaid grade before and after.'),
  ...generationFields,
});

export type RewriteInput = z.input<typeof rewriteInputSchema>;
export type ValidRewriteInput = z.output<typeof rewriteInputSchema>;
export type RewriteOutput = z.infer<typeof rewriteOutputSchema>;

export const textRewriteTask = defineTask({
  engine: 'text',
  task: 'rewrite',
  title: 'Rewrite text',
  description:
    'Rewrites a text in another tone, shorter or longer, or simpler down to a target school grade, and scores it ' +
    'before and after. Offline: plain-language substitutions, split long sentences, contractions and extractive ' +
    'shortening; expanding needs a model.',
  input: rewriteInputSchema,
  output: rewriteOutputSchema,
  produces: { kind: 'rewrite', mimeType: 'application/json' },
  example: {
    text:
      'In order to facilitate the utilization of our platform, it is necessary that users commence by ' +
      'establishing an account; once this is done, they are able to access all of the additional functionality.',
    targetGrade: 8,
  },
});
