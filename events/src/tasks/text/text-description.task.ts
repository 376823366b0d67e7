import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { generationFields, keywordSchema, phraseSchema, sourceTextSchema, textScoresSchema } from './text-fields.ts';
import { hashtagSchema } from './text-platforms.ts';

export const MAX_YOUTUBE_DESCRIPTION_LENGTH = 5_000;
/** YouTube shows chapters when there are at least three, the first at 0:00, each at least ten seconds long. */
export const MIN_CHAPTERS = 3;
export const MIN_CHAPTER_SECONDS = 10;
export const MAX_CHAPTERS = 100;
export const MAX_VIDEO_SECONDS = 12 * 60 * 60;

const timestampSchema = z.strictObject({
  atSec: z
    .int({ error: 'atSec must be a whole number of seconds' })
    .min(0, 'atSec must not be negative')
    .max(MAX_VIDEO_SECONDS, `atSec must be at most ${MAX_VIDEO_SECONDS} (12 hours)`),
  label: phraseSchema('label', 100),
});

const timestampsSchema = z
  .array(timestampSchema)
  .min(MIN_CHAPTERS, `YouTube needs at least ${MIN_CHAPTERS} chapters`)
  .max(MAX_CHAPTERS, `at most ${MAX_CHAPTERS} chapters`)
  .superRefine((stamps, ctx) => {
    if (stamps[0]?.atSec !== 0)
      ctx.addIssue({ code: 'custom', message: 'the first chapter must start at 0 seconds', path: [0, 'atSec'] });
    stamps.forEach((stamp, index) => {
      const previous = stamps[index - 1];
      if (previous && stamp.atSec - previous.atSec < MIN_CHAPTER_SECONDS) {
        ctx.addIssue({
          code: 'custom',
          message: `chapters must start in order, at least ${MIN_CHAPTER_SECONDS} seconds apart`,
          path: [index, 'atSec'],
        });
      }
    });
  })
  .describe('Chapter starts of the video, for YouTube chapters.');

const linkSchema = z.strictObject({
  label: phraseSchema('label', 60),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http or https URL' }),
});

export const descriptionInputSchema = z.strictObject({
  text: sourceTextSchema('text').describe('What the page or video says: an article, a script or a transcript.'),
  title: phraseSchema('title', 150).optional(),
  keyword: keywordSchema.optional(),
  timestamps: timestampsSchema.optional(),
  links: z.array(linkSchema).max(10, 'at most 10 links').default([]),
  hashtags: z.array(hashtagSchema).max(15, 'at most 15 hashtags').default([]),
});

export const descriptionOutputSchema = z.object({
  metaDescription: z.object({
    text: z.string().min(1).max(160),
    characters: z.int().positive(),
    containsKeyword: z.boolean().optional(),
  }),
  youtube: z.object({
    description: z.string().min(1).max(MAX_YOUTUBE_DESCRIPTION_LENGTH),
    characters: z.int().positive(),
    chapters: z
      .array(
        z.object({ time: z.string().regex(/^(\d+:)?\d{1,2}:\d{2}$/), atSec: z.int().nonnegative(), title: z.string() }),
      )
      .describe('As written in the description; empty without timestamps.'),
  }),
  scores: textScoresSchema.describe('Scores of the YouTube description.'),
  ...generationFields,
});

export type DescriptionInput = z.input<typeof descriptionInputSchema>;
export type ValidDescriptionInput = z.output<typeof descriptionInputSchema>;
export type DescriptionOutput = z.infer<typeof descriptionOutputSchema>;

export const textDescriptionTask = defineTask({
  engine: 'text',
  task: 'description',
  title: 'Meta and YouTube descriptions',
  description:
    'An SEO meta description (120–156 characters, with the keyword) and a YouTube description with chapters when ' +
    'timestamps are given, links and hashtags.',
  input: descriptionInputSchema,
  output: descriptionOutputSchema,
  produces: { kind: 'description', mimeType: 'application/json' },
  example: {
    text:
      'In this video we test three sourdough starters side by side. We feed each one twice a day, measure how ' +
      'fast it rises, and bake the same loaf with all three. The rye starter wins on flavour; the white one on speed.',
    title: 'Which sourdough starter is best?',
    keyword: 'sourdough starter',
    timestamps: [
      { atSec: 0, label: 'Intro' },
      { atSec: 45, label: 'Feeding schedule' },
      { atSec: 200, label: 'Bake-off results' },
    ],
    hashtags: ['#sourdough'],
  },
});
