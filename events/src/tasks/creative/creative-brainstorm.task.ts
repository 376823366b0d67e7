import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import { generationFields, phraseSchema } from '../text/text-fields.ts';
import { socialPlatformSchema } from '../text/text-platforms.ts';
import {
  contentGoalSchema,
  ideaAudienceSchema,
  ideaCoreShape,
  ideaFormatSchema,
  MAX_ANGLE_LENGTH,
  MAX_HOOK_LENGTH,
  MAX_IDEA_TITLE_LENGTH,
  MAX_IDEAS,
  platformListSchema,
  requireFormatOnPlatform,
} from './creative-fields.ts';

/** What a variant changes about the idea it comes from. */
export const VARIANT_CHANGES = ['angle', 'format', 'hook'] as const;
export type VariantChange = (typeof VARIANT_CHANGES)[number];

export const MAX_VARIANT_NOTE_LENGTH = 300;

const variantChangeSchema = z.enum(VARIANT_CHANGES, {
  error: `a change is one of ${VARIANT_CHANGES.join(', ')}`,
});

/** The idea to expand: at least its angle. An idea from `creative.ideas` fits once its `whyNow` is left out. */
export const sourceIdeaSchema = z
  .strictObject({
    angle: phraseSchema('idea.angle', MAX_ANGLE_LENGTH).describe('The take to expand.'),
    title: phraseSchema('idea.title', MAX_IDEA_TITLE_LENGTH).optional(),
    hook: phraseSchema('idea.hook', MAX_HOOK_LENGTH).optional(),
    format: ideaFormatSchema.optional(),
    platform: socialPlatformSchema.optional(),
    goal: contentGoalSchema.optional().describe('Angles that serve it come first.'),
  })
  .superRefine(requireFormatOnPlatform);

export const brainstormInputSchema = z.strictObject({
  idea: sourceIdeaSchema,
  count: z
    .int({ error: 'count must be a whole number' })
    .min(1, 'count must be at least 1')
    .max(MAX_IDEAS, `count must be at most ${MAX_IDEAS}`)
    .default(6)
    .describe('How many variants.'),
  changes: z
    .array(variantChangeSchema)
    .min(1, 'name at least one change, or leave changes out for all')
    .max(VARIANT_CHANGES.length)
    .refine((changes) => new Set(changes).size === changes.length, 'each change at most once')
    .optional()
    .describe('What variants may change: angle, format, hook; all by default.'),
  platforms: platformListSchema
    .optional()
    .describe("Where variants may go out; by default the idea's platform, or every platform when it names none."),
  audience: ideaAudienceSchema.optional(),
});

export const variantSchema = z
  .object({
    changes: z
      .array(z.enum(VARIANT_CHANGES))
      .min(1)
      .max(VARIANT_CHANGES.length)
      .describe('What differs from the idea: its angle, its format, its hook.'),
    ...ideaCoreShape,
    note: z.string().trim().min(1).max(MAX_VARIANT_NOTE_LENGTH).describe('What this variant tries, in a sentence.'),
  })
  .superRefine(requireFormatOnPlatform);

export const brainstormOutputSchema = z.object({
  idea: z
    .object({
      title: z.string().min(1),
      angle: z.string().min(1),
      hook: z.string().min(1),
      format: ideaFormatSchema,
      platform: socialPlatformSchema,
    })
    .describe('The idea as expanded, its missing parts filled in, so every variant compares with it.'),
  variants: z.array(variantSchema).min(1).max(MAX_IDEAS).describe('As many as asked, no two alike.'),
  ...generationFields,
});

export type BrainstormInput = z.input<typeof brainstormInputSchema>;
export type ValidBrainstormInput = z.output<typeof brainstormInputSchema>;
export type BrainstormOutput = z.infer<typeof brainstormOutputSchema>;
export type IdeaVariant = z.infer<typeof variantSchema>;

export const creativeBrainstormTask = defineTask({
  engine: 'creative',
  task: 'brainstorm',
  title: 'Brainstorm variants',
  description:
    'Expands one idea into variants: other angles on its subject, the same angle in other formats, and other ' +
    'hooks; each says what it changes and what it tries. No two variants are alike, and none repeats the idea.',
  input: brainstormInputSchema,
  output: brainstormOutputSchema,
  produces: { kind: 'brainstorm', mimeType: 'application/json' },
  example: {
    idea: { angle: 'Five espresso mistakes beginners make with a budget machine', format: 'short', platform: 'tiktok' },
    count: 6,
    platforms: ['tiktok', 'instagram', 'youtube'],
  },
});
