import { z } from 'zod';
import { blobKeySchema } from '../../fields.ts';
import { audioFormatSchema } from './audio-fields.ts';
import { musicStyleShape } from './audio-music.input.ts';

export const MIN_DUCK_DB = 3;
export const MAX_DUCK_DB = 30;

export const mixInputSchema = z
  .object({
    narrationBlobKey: blobKeySchema.describe(
      'The speech to put over the music: a blob of your tenant, e.g. the audio of an audio.voiceover job.',
    ),
    musicBlobKey: blobKeySchema
      .optional()
      .describe('Music of your own (any format ffmpeg reads); looped to the length of the narration.'),
    music: z
      .object(musicStyleShape)
      .optional()
      .describe('Music to generate instead, as audio.music would. Without either, an upbeat bed is generated.'),
    duckDb: z
      .number({ error: 'duckDb must be a number of decibels' })
      .min(MIN_DUCK_DB, `duckDb must be at least ${MIN_DUCK_DB}`)
      .max(MAX_DUCK_DB, `duckDb must be at most ${MAX_DUCK_DB}`)
      .default(12)
      .describe('How far the music drops while someone speaks.'),
    format: audioFormatSchema,
  })
  .refine((input) => !(input.musicBlobKey && input.music), {
    error: 'give either musicBlobKey or music, not both',
    path: ['music'],
  });

export type MixInput = z.input<typeof mixInputSchema>;
export type ValidMixInput = z.output<typeof mixInputSchema>;
