import { z } from 'zod';
import { MUSIC_MOODS } from '../../tasks/audio/audio-music.input.ts';
import { AUDIO_VOICES } from '../../tasks/audio/audio-speech.input.ts';
import { SOCIAL_PLATFORMS } from '../../tasks/text/text-platforms.ts';
import { SCRIPT_LENGTHS } from '../../tasks/text/text-script.output.ts';
import { VIDEO_STYLES } from '../../tasks/video/video-fields.ts';
import { shortScriptSchema } from '../../tasks/video/video-short.input.ts';
import { defineWorkflow } from './define-workflow.ts';

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

export const shortVideoPackageWorkflow = defineWorkflow({
  name: 'short-video-package',
  title: 'Short video package',
  description:
    'A vertical short (1080×1920) with narration, burned-in captions and a music bed, plus its thumbnail, ' +
    'title, description and hashtags (and a posting schedule when the social engine is deployed).',
  request: shortVideoRequestSchema,
  steps: ['Script', 'Narration', 'Thumbnail', 'Music', 'Video', 'Title', 'Description', 'Hashtags', 'Schedule'],
  example: { topic: 'Three habits of productive creators', lengthSec: 15, platform: 'tiktok' },
});
