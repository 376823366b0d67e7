import { z } from 'zod';
import { audioFileShape } from './audio-fields.ts';
import { MUSIC_MOODS } from './audio-music.input.ts';

/** The music a bed was generated as: enough to generate it again. */
export const generatedMusicShape = {
  mood: z.enum(MUSIC_MOODS),
  bpm: z.int().positive(),
  seed: z.int().nonnegative(),
  loopSec: z
    .number()
    .positive()
    .describe('Length of the repeating pattern (eight bars): the audio loops seamlessly at every multiple of it.'),
};

export const musicOutputSchema = z.object({ ...audioFileShape, ...generatedMusicShape });

export type MusicOutput = z.infer<typeof musicOutputSchema>;
