import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { generationFields, phraseSchema } from '../text/text-fields.ts';
import { socialPlatformSchema } from '../text/text-platforms.ts';
import {
  ideaAudienceSchema,
  ideaFormatSchema,
  isoDateSchema,
  MAX_HOOK_LENGTH,
  MAX_IDEA_TITLE_LENGTH,
  requireFormatOnPlatform,
} from './creative-fields.ts';

/** How often a part goes out. */
export const SERIES_CADENCES = ['daily', 'every-other-day', 'twice-weekly', 'weekly', 'biweekly', 'monthly'] as const;
export type SeriesCadence = (typeof SERIES_CADENCES)[number];

export const MIN_SERIES_PARTS = 3;
export const MAX_SERIES_PARTS = 12;
export const MAX_THEME_LENGTH = 100;
export const MAX_SUBTOPIC_LENGTH = 100;
export const MIN_BEATS = 2;
export const MAX_BEATS = 6;
export const MAX_BEAT_LENGTH = 200;
export const MAX_TEASER_LENGTH = 200;

export const seriesCadenceSchema = z
  .enum(SERIES_CADENCES, { error: `cadence must be one of ${SERIES_CADENCES.join(', ')}` })
  .describe('How often a part goes out.');

export const seriesInputSchema = z
  .strictObject({
    theme: phraseSchema('theme', MAX_THEME_LENGTH).describe('What the series is about, e.g. "sourdough from scratch".'),
    parts: z
      .int({ error: 'parts must be a whole number' })
      .min(MIN_SERIES_PARTS, `parts must be at least ${MIN_SERIES_PARTS}`)
      .max(MAX_SERIES_PARTS, `parts must be at most ${MAX_SERIES_PARTS}`)
      .describe('How many parts.'),
    cadence: seriesCadenceSchema,
    platform: socialPlatformSchema.describe('Where the series goes out.'),
    format: ideaFormatSchema
      .optional()
      .describe(
        "The parts' format; by default the platform's signature one: thread on X and Threads, carousel on " +
          'Instagram, LinkedIn and Pinterest, short on TikTok and Facebook, long-form on YouTube.',
      ),
    audience: ideaAudienceSchema.optional(),
    subtopics: z
      .array(phraseSchema('subtopic', MAX_SUBTOPIC_LENGTH))
      .min(1, 'name at least one subtopic, or leave subtopics out')
      .max(MAX_SERIES_PARTS - 2)
      .refine(
        (subtopics) => new Set(subtopics.map((subtopic) => subtopic.toLowerCase())).size === subtopics.length,
        'each subtopic at most once',
      )
      .optional()
      .describe('Points that get a part each, in order, between the opening part and the recap.'),
    startDate: isoDateSchema.optional().describe('When part 1 goes out; tomorrow by default.'),
  })
  .superRefine((input, context) => {
    requireFormatOnPlatform(input, context);
    if (input.subtopics && input.subtopics.length > input.parts - 2) {
      context.addIssue({
        code: 'custom',
        message: `${input.parts} parts take at most ${input.parts - 2} subtopics: the first part opens, the last recaps`,
        path: ['subtopics'],
      });
    }
  });

export const seriesPartSchema = z.object({
  number: z.int().min(1).max(MAX_SERIES_PARTS),
  title: z.string().trim().min(1).max(MAX_IDEA_TITLE_LENGTH),
  hook: z.string().trim().min(1).max(MAX_HOOK_LENGTH).describe('The opening line, slide or post.'),
  beats: z
    .array(z.string().trim().min(1).max(MAX_BEAT_LENGTH))
    .min(MIN_BEATS)
    .max(MAX_BEATS)
    .describe('What the part covers, in order.'),
  publishOn: isoDateSchema.describe('Suggested day to post it.'),
  teaser: z
    .string()
    .min(1)
    .max(MAX_TEASER_LENGTH)
    .optional()
    .describe('A line that points to the next part; absent on the last part.'),
});

export const seriesOutputSchema = z
  .object({
    title: z.string().trim().min(1).max(MAX_IDEA_TITLE_LENGTH).describe("The series' name."),
    theme: z.string().min(1),
    platform: socialPlatformSchema,
    format: ideaFormatSchema,
    cadence: seriesCadenceSchema,
    parts: z.array(seriesPartSchema).min(MIN_SERIES_PARTS).max(MAX_SERIES_PARTS),
    schedule: z
      .object({ startDate: isoDateSchema, endDate: isoDateSchema, spanDays: z.int().nonnegative() })
      .describe('The suggested schedule: part 1 on startDate, the last part on endDate.'),
    ...generationFields,
  })
  .refine((series) => series.parts.every((part, index) => part.number === index + 1), {
    error: 'parts are numbered from 1, in order',
    path: ['parts'],
  })
  .refine((series) => series.parts.every((part, i) => i === 0 || part.publishOn > series.parts[i - 1]!.publishOn), {
    error: 'each part goes out after the one before',
    path: ['parts'],
  });

export type SeriesInput = z.input<typeof seriesInputSchema>;
export type ValidSeriesInput = z.output<typeof seriesInputSchema>;
export type SeriesOutput = z.infer<typeof seriesOutputSchema>;
export type SeriesPart = z.infer<typeof seriesPartSchema>;

export const creativeSeriesTask = defineTask({
  engine: 'creative',
  task: 'series',
  title: 'Series plan',
  description:
    'A multi-part series (3–12 parts) on one theme for one platform: a name, and per part a title, a hook, the ' +
    'beats to cover, a teaser for the next part and a suggested day to post it at the chosen cadence.',
  input: seriesInputSchema,
  output: seriesOutputSchema,
  produces: { kind: 'series', mimeType: 'application/json' },
  example: {
    theme: 'sourdough from scratch',
    parts: 5,
    cadence: 'weekly',
    platform: 'instagram',
    audience: 'first-time bakers',
  },
});
