import { z } from 'zod';
import { phraseSchema } from '../text/text-fields.ts';
import { SOCIAL_PLATFORMS, type SocialPlatform, socialPlatformSchema } from '../text/text-platforms.ts';

/**
 * The shapes an idea can take: `short` (vertical video up to about 90 s), `carousel` (swipeable slides or a
 * document post), `thread` (a chain of text posts), `long-form` (a long video or an article).
 */
export const IDEA_FORMATS = ['short', 'carousel', 'thread', 'long-form'] as const;
export type IdeaFormat = (typeof IDEA_FORMATS)[number];

/**
 * Where each format has a native post type (checked 2026): short vertical video on TikTok, Reels (Instagram,
 * Facebook), Shorts, LinkedIn's video feed, Pinterest video Pins and X's video tab; carousels on Instagram,
 * LinkedIn (documents), TikTok photo mode, Facebook, Threads and Pinterest carousel Pins; threads on X and Threads;
 * long-form on YouTube, LinkedIn articles and Facebook video. Every platform has at least one format.
 */
export const FORMAT_PLATFORMS: Readonly<Record<IdeaFormat, readonly SocialPlatform[]>> = {
  short: ['tiktok', 'instagram', 'youtube', 'facebook', 'linkedin', 'pinterest', 'x'],
  carousel: ['instagram', 'linkedin', 'tiktok', 'facebook', 'threads', 'pinterest'],
  thread: ['x', 'threads'],
  'long-form': ['youtube', 'linkedin', 'facebook'],
};

export function postsFormat(platform: SocialPlatform, format: IdeaFormat): boolean {
  return FORMAT_PLATFORMS[format].includes(platform);
}

/** The formats a platform posts, in IDEA_FORMATS order. */
export function formatsOf(platform: SocialPlatform): IdeaFormat[] {
  return IDEA_FORMATS.filter((format) => postsFormat(platform, format));
}

/** Each platform's signature format, where a series goes when no format is named. */
export const SIGNATURE_FORMATS: Readonly<Record<SocialPlatform, IdeaFormat>> = {
  x: 'thread',
  threads: 'thread',
  instagram: 'carousel',
  tiktok: 'short',
  linkedin: 'carousel',
  facebook: 'short',
  youtube: 'long-form',
  pinterest: 'carousel',
};

/** What a piece of content is meant to achieve. */
export const CONTENT_GOALS = [
  'awareness',
  'engagement',
  'followers',
  'traffic',
  'leads',
  'sales',
  'community',
  'authority',
] as const;
export type ContentGoal = (typeof CONTENT_GOALS)[number];

export const MAX_NICHE_LENGTH = 100;
export const MAX_IDEA_AUDIENCE_LENGTH = 100;
export const MAX_IDEA_TITLE_LENGTH = 150;
export const MAX_ANGLE_LENGTH = 400;
export const MAX_HOOK_LENGTH = 250;
export const MAX_WHY_NOW_LENGTH = 400;
export const MAX_IDEAS = 20;

const unique = <T>(values: readonly T[]): boolean => new Set(values).size === values.length;

export const ideaFormatSchema = z
  .enum(IDEA_FORMATS, { error: `format must be one of ${IDEA_FORMATS.join(', ')}` })
  .describe('short (vertical video ≤ 90 s), carousel, thread, or long-form (long video or article).');

export const contentGoalSchema = z
  .enum(CONTENT_GOALS, { error: `goal must be one of ${CONTENT_GOALS.join(', ')}` })
  .describe('What the content is for.');

export const nicheSchema = phraseSchema('niche', MAX_NICHE_LENGTH).describe(
  'The subject area, in a few words, e.g. "home espresso for beginners".',
);
export const ideaAudienceSchema = phraseSchema('audience', MAX_IDEA_AUDIENCE_LENGTH).describe(
  'Who the content is for, e.g. "busy parents".',
);

export const platformListSchema = z
  .array(socialPlatformSchema)
  .min(1, 'name at least one platform')
  .max(SOCIAL_PLATFORMS.length)
  .refine(unique, 'each platform at most once');

export const formatListSchema = z
  .array(ideaFormatSchema)
  .min(1, 'name at least one format, or leave formats out for all')
  .max(IDEA_FORMATS.length)
  .refine(unique, 'each format at most once');

export const goalListSchema = z
  .array(contentGoalSchema)
  .min(1, 'name at least one goal')
  .max(CONTENT_GOALS.length)
  .refine(unique, 'each goal at most once')
  .describe('What the content should achieve, most important first.');

export const isoDateSchema = z.iso.date({ error: 'a date is YYYY-MM-DD' });

/** The error when none of the allowed formats is posted on any of the platforms. */
export function noFormatOnPlatforms(platforms: readonly SocialPlatform[], formats: readonly IdeaFormat[]): string {
  return `none of the formats ${formats.join(', ')} is posted on ${platforms.join(', ')}`;
}

/** Where a platform does not post a format, the message says what it does post. */
export function formatOnPlatformIssue(platform: SocialPlatform, format: IdeaFormat): string | undefined {
  if (postsFormat(platform, format)) return undefined;
  return `${platform} does not post ${format}; it posts ${formatsOf(platform).join(', ')}`;
}

/** Checks `platform` posts `format`; for object schemas with both fields. */
export function requireFormatOnPlatform(
  value: { platform?: SocialPlatform | undefined; format?: IdeaFormat | undefined },
  context: z.RefinementCtx,
): void {
  if (!value.platform || !value.format) return;
  const message = formatOnPlatformIssue(value.platform, value.format);
  if (message) context.addIssue({ code: 'custom', message, path: ['format'] });
}

/** What an idea says, how it opens, where and in what shape it goes out. */
export const ideaCoreShape = {
  title: z.string().trim().min(1).max(MAX_IDEA_TITLE_LENGTH).describe('A working title.'),
  angle: z.string().trim().min(1).max(MAX_ANGLE_LENGTH).describe('The take: what the piece says, for whom.'),
  hook: z.string().trim().min(1).max(MAX_HOOK_LENGTH).describe('The opening line, slide or post.'),
  format: ideaFormatSchema,
  platform: socialPlatformSchema.describe('Where it goes out; the platform posts the format.'),
};

/** One content idea, with the goal it serves and why it is worth making now. */
export const ideaSchema = z
  .object({
    ...ideaCoreShape,
    goal: contentGoalSchema.describe('The goal it serves best.'),
    whyNow: z
      .string()
      .trim()
      .min(1)
      .max(MAX_WHY_NOW_LENGTH)
      .describe("Why this idea, now: the date, the creator's own history, the goal."),
  })
  .superRefine(requireFormatOnPlatform);

export type Idea = z.infer<typeof ideaSchema>;
