import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { generationFields } from '../text/text-fields.ts';
import {
  formatListSchema,
  goalListSchema,
  IDEA_FORMATS,
  ideaAudienceSchema,
  ideaSchema,
  isoDateSchema,
  MAX_IDEAS,
  nicheSchema,
  noFormatOnPlatforms,
  platformListSchema,
  postsFormat,
} from './creative-fields.ts';

export const ideasInputSchema = z
  .strictObject({
    niche: nicheSchema,
    audience: ideaAudienceSchema,
    platforms: platformListSchema.describe('Where the ideas may go out.'),
    goals: goalListSchema,
    formats: formatListSchema.optional().describe('Only these formats; every format the platforms post by default.'),
    count: z
      .int({ error: 'count must be a whole number' })
      .min(1, 'count must be at least 1')
      .max(MAX_IDEAS, `count must be at most ${MAX_IDEAS}`)
      .default(5)
      .describe('How many ideas.'),
    date: isoDateSchema
      .optional()
      .describe('The day the ideas are for, which "why now" reads (season, moment); today by default.'),
  })
  .superRefine((input, context) => {
    const formats = input.formats ?? IDEA_FORMATS;
    // An empty list has its own message already.
    if (input.platforms.length === 0 || formats.length === 0) return;
    if (formats.some((format) => input.platforms.some((platform) => postsFormat(platform, format)))) return;
    context.addIssue({ code: 'custom', message: noFormatOnPlatforms(input.platforms, formats), path: ['formats'] });
  });

const count = z.int().nonnegative();

export const performanceSchema = z
  .object({
    dimension: z.enum(['format', 'platform']),
    value: z.string().min(1).describe('The format or platform.'),
    items: z.int().positive().describe('Past items with engagement in it.'),
    engagementRate: z.number().min(0).describe('Mean of (likes + comments + shares + saves) / views per item.'),
    relative: z.number().min(0).describe('engagementRate over the tenant’s overall mean: above 1 did better.'),
  })
  .describe('How one format or platform has done for the tenant.');

export const ideasHistorySchema = z
  .object({
    itemsConsidered: count.describe('Past content and past suggestions read (the most recent first).'),
    itemsWithEngagement: count.describe('Of those, how many had engagement figures.'),
    repeatsAvoided: count.describe('Ideas left out because they matched past content or suggestions.'),
    duplicatesRemoved: count.describe('Ideas left out as near-duplicates of a better one in this answer.'),
    performance: z.array(performanceSchema).describe('What the ideas lean towards, best first; empty without data.'),
  })
  .describe("What the tenant's own history did to the ideas.");

export const ideasOutputSchema = z.object({
  ideas: z
    .array(ideaSchema)
    .min(1)
    .max(MAX_IDEAS)
    .describe('As many as asked, best first: by how the format and platform did for the tenant, then as offered.'),
  date: isoDateSchema.describe('The day the ideas were made for.'),
  history: ideasHistorySchema,
  ...generationFields,
});

export type IdeasInput = z.input<typeof ideasInputSchema>;
export type ValidIdeasInput = z.output<typeof ideasInputSchema>;
export type IdeasOutput = z.infer<typeof ideasOutputSchema>;
export type IdeaPerformance = z.infer<typeof performanceSchema>;

export const creativeIdeasTask = defineTask({
  engine: 'creative',
  task: 'ideas',
  title: 'Content ideas',
  description:
    'n content ideas for a niche and audience, each with an angle, a hook, a format (short, carousel, thread, ' +
    "long-form), a platform that posts it, the goal it serves and why now. The tenant's own history is read: " +
    'nothing repeats past content or past suggestions, near-duplicates are removed, and formats and platforms ' +
    'that earned more engagement come first.',
  input: ideasInputSchema,
  output: ideasOutputSchema,
  produces: { kind: 'ideas', mimeType: 'application/json' },
  example: {
    niche: 'home espresso',
    audience: 'beginners on a budget',
    platforms: ['tiktok', 'instagram', 'youtube'],
    goals: ['followers', 'engagement'],
    count: 5,
  },
});
