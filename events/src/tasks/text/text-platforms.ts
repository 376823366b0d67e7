import { z } from 'zod';

/** Where captions and hashtags are posted. */
export const SOCIAL_PLATFORMS = [
  'x',
  'threads',
  'instagram',
  'tiktok',
  'linkedin',
  'facebook',
  'youtube',
  'pinterest',
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

export interface PlatformLimits {
  /** Longest post text the platform accepts, in characters (code points). */
  caption: number;
  /** Most hashtags worth adding: the platform's own cap where it has one, else common practice. */
  maxHashtags: number;
  /** How many to add when the caller does not say. */
  defaultHashtags: number;
}

/**
 * Post limits as the platforms document them (checked 2026): X 280 characters for standard accounts; Threads 500
 * and one topic tag; Instagram 2,200 and, since December 2025, five hashtags; TikTok 4,000; LinkedIn 3,000;
 * Facebook 63,206; YouTube descriptions 5,000, where more than 60 hashtags void them all and the first three show
 * above the title; Pinterest descriptions 500.
 */
export const PLATFORM_LIMITS: Readonly<Record<SocialPlatform, PlatformLimits>> = {
  x: { caption: 280, maxHashtags: 3, defaultHashtags: 2 },
  threads: { caption: 500, maxHashtags: 1, defaultHashtags: 1 },
  instagram: { caption: 2_200, maxHashtags: 5, defaultHashtags: 5 },
  tiktok: { caption: 4_000, maxHashtags: 10, defaultHashtags: 5 },
  linkedin: { caption: 3_000, maxHashtags: 5, defaultHashtags: 3 },
  facebook: { caption: 63_206, maxHashtags: 5, defaultHashtags: 3 },
  youtube: { caption: 5_000, maxHashtags: 15, defaultHashtags: 3 },
  pinterest: { caption: 500, maxHashtags: 10, defaultHashtags: 5 },
};

export const socialPlatformSchema = z
  .enum(SOCIAL_PLATFORMS, { error: `platform must be one of ${SOCIAL_PLATFORMS.join(', ')}` })
  .describe('The social platform.');

/** A hashtag as posted: `#`, then letters, digits or underscores, at least one letter. */
export const hashtagSchema = z
  .string()
  .regex(/^#[\p{L}\p{M}\p{N}_]{1,100}$/u, 'a hashtag is # then letters, digits or underscores')
  .refine((tag) => /\p{L}/u.test(tag), 'a hashtag needs a letter');
