import { z } from 'zod';
import { MAX_CAPTION_WORDS } from '../audio/audio-captions.ts';
import { generationFields, textScoresSchema } from './text-fields.ts';

/** The lengths the platforms' short-form feeds favour, in seconds. */
export const SCRIPT_LENGTHS = [15, 30, 60] as const;
export type ScriptLength = (typeof SCRIPT_LENGTHS)[number];

/** A brisk, clear narration pace for short-form video; the estimate of spoken duration assumes it. */
export const SPEAKING_WORDS_PER_MINUTE = 150;

export const MAX_SCRIPT_HOOK_LENGTH = 150;
export const MAX_SCRIPT_BEAT_LENGTH = 300;
export const MAX_SCRIPT_HEADLINE_LENGTH = 80;
export const MAX_SCRIPT_CTA_LENGTH = 120;
export const MAX_SCRIPT_BEATS = 8;

const line = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters long`)
    .refine((value) => /[\p{L}\p{N}]/u.test(value), `${field} must contain a letter or digit`);

/**
 * A short-video script: hook → beats → call to action. The shape (and limits) `video.short` takes as its `script`,
 * so a text.script result can be handed to the video pipeline as it is.
 */
export const spokenScriptSchema = z.strictObject({
  hook: line('hook', MAX_SCRIPT_HOOK_LENGTH).describe('The opening line that stops the scroll.'),
  beats: z
    .array(
      z.strictObject({
        text: line('beat text', MAX_SCRIPT_BEAT_LENGTH).describe('What the narrator says.'),
        headline: line('headline', MAX_SCRIPT_HEADLINE_LENGTH).optional().describe('Big on-screen words for the beat.'),
      }),
    )
    .min(1, 'a script needs at least one beat')
    .max(MAX_SCRIPT_BEATS, `a script has at most ${MAX_SCRIPT_BEATS} beats`),
  cta: line('cta', MAX_SCRIPT_CTA_LENGTH).describe('Call to action, said over the end card.'),
});

export const SCRIPT_PARTS = ['hook', 'beat', 'cta'] as const;

const seconds = z.number().nonnegative();

export const scriptCaptionChunkSchema = z
  .object({
    text: z.string().min(1),
    words: z.int().min(1).max(MAX_CAPTION_WORDS),
    startSec: seconds,
    endSec: seconds,
    part: z.enum(SCRIPT_PARTS),
    beat: z.int().nonnegative().optional().describe('Index of the beat, for beat chunks.'),
  })
  .refine((chunk) => chunk.endSec > chunk.startSec, 'a chunk must end after it starts');

export const textScriptOutputSchema = z.object({
  script: spokenScriptSchema,
  lengthSec: z.literal(SCRIPT_LENGTHS),
  estimatedDurationSec: seconds.describe(
    `Spoken duration at ${SPEAKING_WORDS_PER_MINUTE} words a minute with pauses at punctuation.`,
  ),
  wordsPerMinute: z.literal(SPEAKING_WORDS_PER_MINUTE),
  words: z.int().positive(),
  timeline: z
    .array(
      z.object({
        part: z.enum(SCRIPT_PARTS),
        beat: z.int().nonnegative().optional(),
        startSec: seconds,
        endSec: seconds,
        words: z.int().positive(),
      }),
    )
    .describe('When each part is spoken.'),
  captionChunks: z
    .array(scriptCaptionChunkSchema)
    .min(1)
    .describe(`The script in on-screen caption chunks of at most ${MAX_CAPTION_WORDS} words, with estimated timings.`),
  scores: textScoresSchema,
  ...generationFields,
});

export type SpokenScript = z.infer<typeof spokenScriptSchema>;
export type ScriptCaptionChunk = z.infer<typeof scriptCaptionChunkSchema>;
export type TextScriptOutput = z.infer<typeof textScriptOutputSchema>;
