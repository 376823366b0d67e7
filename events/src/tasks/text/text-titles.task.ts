import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  audienceSchema,
  copySourceFields,
  generationFields,
  keywordSchema,
  requireTopicOrText,
  TOPIC_OR_TEXT_ERROR,
  textScoresSchema,
  toneSchema,
} from './text-fields.ts';
import { SEO_CHECK_STATUSES } from './text-seo.output.ts';

export const MAX_TITLE_COUNT = 10;
export const MAX_GENERATED_TITLE_LENGTH = 150;

/**
 * Where a title will show, with the length that reads in full there: a search result cuts near 60 characters
 * (about 600 pixels), YouTube shows about 70 of its 100, social cards about 80.
 */
export const TITLE_STYLES = {
  seo: { min: 30, max: 60 },
  youtube: { min: 20, max: 70 },
  social: { min: 20, max: 80 },
} as const;
export type TitleStyle = keyof typeof TITLE_STYLES;

/** What each title is scored on; the score is the mean (good 1, improve ½, problem 0) × 100. */
export const TITLE_CHECK_IDS = ['length', 'keyword', 'readability', 'emotion', 'specificity'] as const;

export const titlesInputSchema = z
  .strictObject({
    ...copySourceFields,
    keyword: keywordSchema.optional(),
    count: z
      .int({ error: 'count must be a whole number' })
      .min(1, 'count must be at least 1')
      .max(MAX_TITLE_COUNT, `count must be at most ${MAX_TITLE_COUNT}`)
      .default(5),
    style: z
      .enum(Object.keys(TITLE_STYLES) as [TitleStyle, ...TitleStyle[]], {
        error: 'style must be one of seo, youtube, social',
      })
      .default('seo'),
    tone: toneSchema.default('neutral'),
    audience: audienceSchema.optional(),
  })
  .refine(requireTopicOrText, TOPIC_OR_TEXT_ERROR);

const titleCheckSchema = z.object({
  id: z.enum(TITLE_CHECK_IDS),
  status: z.enum(SEO_CHECK_STATUSES),
  message: z.string().min(1),
});

export const titlesOutputSchema = z.object({
  titles: z
    .array(
      z.object({
        title: z.string().min(1).max(MAX_GENERATED_TITLE_LENGTH),
        characters: z.int().positive(),
        score: z.int().min(0).max(100),
        checks: z.array(titleCheckSchema),
        scores: textScoresSchema,
      }),
    )
    .min(1)
    .max(MAX_TITLE_COUNT)
    .describe('Best first.'),
  style: z.enum(Object.keys(TITLE_STYLES) as [TitleStyle, ...TitleStyle[]]),
  keyword: z.string().optional(),
  ...generationFields,
});

export type TitlesInput = z.input<typeof titlesInputSchema>;
export type ValidTitlesInput = z.output<typeof titlesInputSchema>;
export type TitlesOutput = z.infer<typeof titlesOutputSchema>;

export const textTitlesTask = defineTask({
  engine: 'text',
  task: 'titles',
  title: 'Title variants',
  description:
    'n title variants for a topic or a text, each scored by the analyzer (length for where it shows, keyword ' +
    'placement, readability, emotion, specificity), best first.',
  input: titlesInputSchema,
  output: titlesOutputSchema,
  produces: { kind: 'titles', mimeType: 'application/json' },
  example: { topic: 'batch cooking for busy parents', keyword: 'batch cooking', count: 5, style: 'seo' },
});
