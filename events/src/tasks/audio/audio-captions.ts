import { z } from 'zod';

/** Captions show at most this many words at once, short enough to read on a phone while listening. */
export const MAX_CAPTION_WORDS = 5;

export const captionSchema = z
  .object({
    text: z.string().min(1).max(500).describe('The words as written in the input, punctuation included.'),
    startSec: z.number().nonnegative().describe('When the first word starts, in seconds from the start of the audio.'),
    endSec: z.number().nonnegative().describe('When the last word ends.'),
  })
  .refine((caption) => caption.endSec >= caption.startSec, 'a caption must not end before it starts');

export type Caption = z.infer<typeof captionSchema>;

/** In speaking order, never overlapping: what a video needs to burn captions in sync. */
export const captionListSchema = z
  .array(captionSchema)
  .min(1)
  .refine(
    (captions) => captions.every((caption, index) => index === 0 || caption.startSec >= captions[index - 1]!.endSec),
    'captions must be in order and must not overlap',
  )
  .describe(`Timings of the spoken text in chunks of at most ${MAX_CAPTION_WORDS} words.`);

/**
 * The captions file a speech task stores beside its audio (`<kind>.captions.json`), so another engine (the video)
 * fetches the timings by blob key instead of receiving them in an event.
 */
export const captionsFileSchema = z.object({
  audioFile: z.string().min(1).describe('The audio file the timings belong to.'),
  durationSec: z.number().nonnegative(),
  captions: captionListSchema,
});

export type CaptionsFile = z.infer<typeof captionsFileSchema>;
