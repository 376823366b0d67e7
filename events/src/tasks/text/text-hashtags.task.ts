import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  copySourceFields,
  generationFields,
  phraseSchema,
  requireTopicOrText,
  TOPIC_OR_TEXT_ERROR,
} from './text-fields.ts';
import { hashtagSchema, PLATFORM_LIMITS, socialPlatformSchema } from './text-platforms.ts';

export const HASHTAG_SOURCES = ['given', 'entity', 'keyphrase', 'keyword', 'topic', 'model'] as const;

export const hashtagsInputSchema = z
  .strictObject({
    ...copySourceFields,
    platform: socialPlatformSchema.default('instagram'),
    count: z
      .int({ error: 'count must be a whole number' })
      .min(1, 'count must be at least 1')
      .optional()
      .describe("How many; defaults to the platform's usual number and is capped by its limit."),
    include: z
      .array(phraseSchema('include', 100))
      .max(10, 'at most 10 hashtags to include')
      .default([])
      .describe('Tags that must be in the set (brand, campaign), with or without #.'),
  })
  .refine(requireTopicOrText, TOPIC_OR_TEXT_ERROR)
  .superRefine((input, ctx) => {
    const limit = PLATFORM_LIMITS[input.platform].maxHashtags;
    if (input.count !== undefined && input.count > limit) {
      ctx.addIssue({
        code: 'custom',
        message: `count must be at most ${limit} for ${input.platform}`,
        path: ['count'],
      });
    }
    if (input.include.length > limit) {
      ctx.addIssue({
        code: 'custom',
        message: `at most ${limit} hashtags to include for ${input.platform}`,
        path: ['include'],
      });
    }
  });

export const hashtagsOutputSchema = z.object({
  platform: socialPlatformSchema,
  hashtags: z
    .array(z.object({ tag: hashtagSchema, source: z.enum(HASHTAG_SOURCES) }))
    .min(1)
    .describe('Most relevant first; distinct ignoring case.'),
  text: z.string().min(1).describe('The tags joined by spaces, ready to paste.'),
  ...generationFields,
});

export type HashtagsInput = z.input<typeof hashtagsInputSchema>;
export type ValidHashtagsInput = z.output<typeof hashtagsInputSchema>;
export type HashtagsOutput = z.infer<typeof hashtagsOutputSchema>;

export const textHashtagsTask = defineTask({
  engine: 'text',
  task: 'hashtags',
  title: 'Hashtags',
  description:
    "Hashtags for a platform from a topic or a text: its entities, keyphrases and keywords, within the platform's " +
    'limit, plus any tags that must be included.',
  input: hashtagsInputSchema,
  output: hashtagsOutputSchema,
  produces: { kind: 'hashtags', mimeType: 'application/json' },
  example: { topic: 'home espresso for beginners', platform: 'instagram', include: ['#CoffeeLab'] },
});
