import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { textFormatSchema } from './text-analyze.input.ts';
import { generationFields, sourceTextSchema, textScoresSchema } from './text-fields.ts';

/** Sentences in each summary length. */
export const SUMMARY_LENGTHS = { 'one-line': 1, short: 3, medium: 5 } as const;
export type SummaryLength = keyof typeof SUMMARY_LENGTHS;
export const SUMMARY_STYLES = ['paragraph', 'bullets'] as const;
export const MAX_SUMMARY_SENTENCE_LENGTH = 600;

export const summarizeInputSchema = z.strictObject({
  text: sourceTextSchema('text').describe('The text to summarise.'),
  format: textFormatSchema.default('plain'),
  length: z
    .enum(Object.keys(SUMMARY_LENGTHS) as [SummaryLength, ...SummaryLength[]], {
      error: 'length must be one of one-line, short, medium',
    })
    .default('short')
    .describe('One sentence, three, or five.'),
  style: z.enum(SUMMARY_STYLES, { error: `style must be one of ${SUMMARY_STYLES.join(', ')}` }).default('paragraph'),
});

export const summarizeOutputSchema = z.object({
  summary: z.string().min(1).describe('The sentences as one paragraph, or as a Markdown bullet list.'),
  sentences: z.array(z.string().min(1).max(MAX_SUMMARY_SENTENCE_LENGTH)).min(1).max(5),
  style: z.enum(SUMMARY_STYLES),
  compression: z.number().nonnegative().describe('Words in the summary / words in the text.'),
  scores: textScoresSchema,
  ...generationFields,
});

export type SummarizeInput = z.input<typeof summarizeInputSchema>;
export type ValidSummarizeInput = z.output<typeof summarizeInputSchema>;
export type SummarizeOutput = z.infer<typeof summarizeOutputSchema>;

export const textSummarizeTask = defineTask({
  engine: 'text',
  task: 'summarize',
  title: 'Summarize text',
  description:
    'A one-line, short or medium summary as a paragraph or bullets. Offline it is extractive: the most important ' +
    'sentences (wink-nlp sentence importance), in their original order.',
  input: summarizeInputSchema,
  output: summarizeOutputSchema,
  produces: { kind: 'summary', mimeType: 'application/json' },
  example: {
    text:
      'Short-form video dominates discovery on every major platform. Creators who post daily grow faster, but ' +
      'burnout is common. Repurposing long videos into clips keeps the pace without new shoots. Tools that cut, ' +
      'caption and schedule clips automatically save hours each week.',
    length: 'one-line',
  },
});
