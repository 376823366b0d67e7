import { z } from 'zod';
import { blobKeySchema } from '../../fields.ts';
import { MUSIC_MOODS } from '../audio/audio-music.input.ts';
import { AUDIO_VOICES } from '../audio/audio-speech.input.ts';
import { brandKitSchema } from '../image/image-fields.ts';

/** Every video is 30 frames per second: smooth on phones and half the frames of 60 fps to encode. */
export const VIDEO_FPS = 30;
export const SHORT_VIDEO_SIZE = { width: 1080, height: 1920 } as const;
export const EXPLAINER_VIDEO_SIZE = { width: 1920, height: 1080 } as const;

/**
 * A style sets the layout of the frames, the camera motion, the transitions and the captions' look together,
 * so every video of a style feels of a piece: bold (big type, punchy zooms and slides), clean (light layout,
 * slow pans, soft fades), cinematic (dark, slow push-outs, fades through black).
 */
export const VIDEO_STYLES = ['bold', 'clean', 'cinematic'] as const;
export type VideoStyle = (typeof VIDEO_STYLES)[number];

export const MUSIC_CHOICES = [...MUSIC_MOODS, 'none'] as const;
export type MusicChoice = (typeof MUSIC_CHOICES)[number];

/** Fields both video tasks take: the look, the voice and the music bed. */
export function videoLookFields(defaultMusic: MusicChoice) {
  return {
    style: z
      .enum(VIDEO_STYLES, { error: `style must be one of: ${VIDEO_STYLES.join(', ')}` })
      .default('bold')
      .describe('bold, clean or cinematic: layout, motion, transitions and captions together.'),
    voice: z
      .enum(AUDIO_VOICES, { error: `voice must be one of: ${AUDIO_VOICES.join(', ')}` })
      .default('en-us-female-1')
      .describe('Narrator voice, as for audio.voiceover.'),
    music: z
      .enum(MUSIC_CHOICES, { error: `music must be one of: ${MUSIC_CHOICES.join(', ')}` })
      .default(defaultMusic)
      .describe('Mood of the generated music bed, ducked under the narration; `none` for narration only.'),
    brand: brandKitSchema.optional(),
  };
}

/** A picture the tenant uploaded, shown instead of a rendered background for one beat or scene. */
export const mediaBlobKeySchema = blobKeySchema.describe(
  'Blob key of an image (PNG, JPEG or WebP) this tenant uploaded (`<tenantId>/uploads/…`); cropped to fill the frame.',
);
