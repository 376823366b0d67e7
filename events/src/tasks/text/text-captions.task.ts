import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  callToActionSchema,
  copySourceFields,
  generationFields,
  keywordSchema,
  requireTopicOrText,
  TOPIC_OR_TEXT_ERROR,
  textScoresSchema,
  toneSchema,
} from './text-fields.ts';
import { hashtagSchema, PLATFORM_LIMITS, SOCIAL_PLATFORMS, socialPlatformSchema } from './text-platforms.ts';

export const captionsInputSchema = z
  .strictObject({
    ...copySourceFields,
    platforms: z
      .array(socialPlatformSchema)
      .min(1, 'name at least one platform')
      .max(SOCIAL_PLATFORMS.length)
      .refine((platforms) => new Set(platforms).size === platforms.length, 'each platform at most once'),
    tone: toneSchema.default('friendly'),
    keyword: keywordSchema.optional(),
    callToAction: callToActionSchema.optional(),
    hashtags: z
      .boolean({ error: 'hashtags must be true or false' })
      .default(true)
      .describe('Add hashtags to each caption.'),
  })
  .refine(requireTopicOrText, TOPIC_OR_TEXT_ERROR);

const captionSchema = z
  .object({
    platform: socialPlatformSchema,
    text: z.string().min(1).describe('The whole post text, hashtags included.'),
    characters: z.int().positive().describe('Code points of the text.'),
    limit: z.int().positive().describe("The platform's limit."),
    hashtags: z.array(hashtagSchema),
    scores: textScoresSchema,
  })
  .refine((caption) => caption.characters <= PLATFORM_LIMITS[caption.platform].caption, {
    error: "a caption must fit its platform's limit",
    path: ['text'],
  });

export const captionsOutputSchema = z.object({
  captions: z.array(captionSchema).min(1).describe('One per platform, in the order asked.'),
  ...generationFields,
});

export type CaptionsInput = z.input<typeof captionsInputSchema>;
export type ValidCaptionsInput = z.output<typeof captionsInputSchema>;
export type CaptionsOutput = z.infer<typeof captionsOutputSchema>;

export const textCaptionsTask = defineTask({
  engine: 'text',
  task: 'captions',
  title: 'Social captions',
  description:
    "One post caption per platform, each within the platform's length limit, with a hook, the key point, a call to " +
    'action and hashtags.',
  input: captionsInputSchema,
  output: captionsOutputSchema,
  produces: { kind: 'captions', mimeType: 'application/json' },
  example: {
    topic: 'our new cold brew kit',
    platforms: ['x', 'instagram', 'linkedin'],
    tone: 'playful',
    callToAction: 'Order yours today',
  },
});
