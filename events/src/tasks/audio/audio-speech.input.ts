import { z } from 'zod';
import { audioFormatSchema } from './audio-fields.ts';

/**
 * Voices every speech provider offers, named by language and timbre so a job does not depend on the provider:
 * offline they are Flite's slt, rms, kal16 and awb (Scottish English); on Polly the neural Joanna, Matthew,
 * Stephen and Brian.
 */
export const AUDIO_VOICES = ['en-us-female-1', 'en-us-male-1', 'en-us-male-2', 'en-gb-male-1'] as const;
export type AudioVoice = (typeof AUDIO_VOICES)[number];

export const MIN_SPEECH_SPEED = 0.5;
export const MAX_SPEECH_SPEED = 2;
/** About a minute and a half of speech: a voiceover for a short video or an ad. */
export const MAX_VOICEOVER_CHARS = 1_500;
/** About ten minutes of speech at a typical 150 words a minute, the longest audio the engine makes. */
export const MAX_NARRATION_CHARS = 9_000;

const hasLetterOrDigit = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);

/** `audio.voiceover` and `audio.narration` take the same fields; only the length of the text differs. */
export function speechInputSchema(maxChars: number) {
  return z.object({
    text: z
      .string({ error: 'text must be a string' })
      .trim()
      .min(1, { error: 'text must not be empty or whitespace only', abort: true })
      .max(maxChars, `text must be at most ${maxChars.toLocaleString('en-US')} characters long`)
      .refine(hasLetterOrDigit, 'text must contain at least one letter or digit to speak')
      .describe('What to say. Blank lines separate paragraphs (a longer pause); punctuation shapes the phrasing.'),
    voice: z
      .enum(AUDIO_VOICES, { error: `voice must be one of: ${AUDIO_VOICES.join(', ')}` })
      .default('en-us-female-1')
      .describe('The voice, by language and timbre; each provider maps it to one of its own voices.'),
    speed: z
      .number({ error: 'speed must be a number' })
      .min(MIN_SPEECH_SPEED, `speed must be at least ${MIN_SPEECH_SPEED}`)
      .max(MAX_SPEECH_SPEED, `speed must be at most ${MAX_SPEECH_SPEED}`)
      .default(1)
      .describe('Speaking rate relative to the voice’s normal rate (0.5 = half as fast, 2 = twice as fast).'),
    format: audioFormatSchema,
  });
}

export type SpeechInputSchema = ReturnType<typeof speechInputSchema>;
export type SpeechInput = z.input<SpeechInputSchema>;
export type ValidSpeechInput = z.output<SpeechInputSchema>;
