import {
  AUDIO_VOICES,
  MUSIC_MOODS,
  SCRIPT_LENGTHS,
  SOCIAL_PLATFORMS,
  shortScriptSchema,
  VIDEO_STYLES,
} from '@contentflow/events';
import { z } from 'zod';

/** What a creator asks a short video package for: a topic or a finished script, and the look. */
export const shortVideoRequestSchema = z
  .strictObject({
    topic: z.string().trim().min(3).max(200).optional().describe('What the video is about; a script is written.'),
    script: shortScriptSchema.optional().describe('A finished script (hook, beats, cta) instead of a topic.'),
    platform: z.enum(SOCIAL_PLATFORMS).default('tiktok').describe('Where it will be posted: hashtags and schedule.'),
    lengthSec: z.literal(SCRIPT_LENGTHS).default(15).describe('Length of the video in seconds.'),
    voice: z.enum(AUDIO_VOICES).default('en-us-female-1'),
    style: z.enum(VIDEO_STYLES).default('bold'),
    music: z.enum(MUSIC_MOODS).default('upbeat').describe('Mood of the music bed.'),
  })
  .refine((request) => (request.topic === undefined) !== (request.script === undefined), {
    error: 'give either a topic or a script, not both and not neither',
    path: ['topic'],
  });

export type ShortVideoRequest = z.input<typeof shortVideoRequestSchema>;
