import { z } from 'zod';
import { audioFormatSchema, MAX_AUDIO_SECONDS } from './audio-fields.ts';

export const MUSIC_MOODS = ['upbeat', 'calm', 'dramatic', 'lofi'] as const;
export type MusicMood = (typeof MUSIC_MOODS)[number];

/** Each mood's natural tempo, used when a request gives none. */
export const DEFAULT_MUSIC_BPM: Readonly<Record<MusicMood, number>> = { upbeat: 120, calm: 76, dramatic: 90, lofi: 80 };
export const MIN_MUSIC_BPM = 60;
export const MAX_MUSIC_BPM = 180;
export const MIN_MUSIC_SECONDS = 1;
export const MAX_MUSIC_FADE_OUT_SECONDS = 10;

/** What the music sounds like; shared by `audio.music` and the generated bed of `audio.mix`. */
export const musicStyleShape = {
  mood: z
    .enum(MUSIC_MOODS, { error: `mood must be one of: ${MUSIC_MOODS.join(', ')}` })
    .default('upbeat')
    .describe(
      'upbeat (major, four on the floor), calm (soft pads and keys), dramatic (minor, pulsing), lofi (swung, dusty).',
    ),
  bpm: z
    .int({ error: 'bpm must be a whole number' })
    .min(MIN_MUSIC_BPM, `bpm must be at least ${MIN_MUSIC_BPM}`)
    .max(MAX_MUSIC_BPM, `bpm must be at most ${MAX_MUSIC_BPM}`)
    .optional()
    .describe(
      `Tempo in beats per minute; defaults to the mood's (${Object.entries(DEFAULT_MUSIC_BPM)
        .map(([mood, bpm]) => `${mood} ${bpm}`)
        .join(', ')}).`,
    ),
  seed: z
    .int({ error: 'seed must be a whole number' })
    .min(0, 'seed must be at least 0')
    .max(2 ** 31 - 1, 'seed must be at most 2147483647')
    .optional()
    .describe('Picks the key, patterns and melody: the same request and seed give the same music. Default 1.'),
};

export const musicInputSchema = z.object({
  ...musicStyleShape,
  durationSec: z
    .number({ error: 'durationSec must be a number of seconds' })
    .min(MIN_MUSIC_SECONDS, `durationSec must be at least ${MIN_MUSIC_SECONDS} second`)
    .max(MAX_AUDIO_SECONDS, `durationSec must be at most ${MAX_AUDIO_SECONDS} seconds (10 minutes)`)
    .describe('Length of the bed; the music loops seamlessly to any length.'),
  fadeOutSec: z
    .number({ error: 'fadeOutSec must be a number of seconds' })
    .min(0, 'fadeOutSec must not be negative')
    .max(MAX_MUSIC_FADE_OUT_SECONDS, `fadeOutSec must be at most ${MAX_MUSIC_FADE_OUT_SECONDS} seconds`)
    .default(2)
    .describe('Fade at the end (capped at a quarter of the duration); 0 keeps the file a seamless loop.'),
  format: audioFormatSchema,
});

export type MusicInput = z.input<typeof musicInputSchema>;
export type ValidMusicInput = z.output<typeof musicInputSchema>;
