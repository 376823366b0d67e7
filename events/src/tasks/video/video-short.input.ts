import { z } from 'zod';
import { displayTextSchema } from '../image/image-fields.ts';
import { mediaBlobKeySchema, videoLookFields } from './video-fields.ts';

/** The lengths the platforms' short-form feeds favour. */
export const SHORT_VIDEO_LENGTHS = [15, 30, 60] as const;
export type ShortVideoLength = (typeof SHORT_VIDEO_LENGTHS)[number];

export const MAX_TOPIC_LENGTH = 200;
export const MAX_HOOK_LENGTH = 150;
export const MAX_BEAT_LENGTH = 300;
export const MAX_HEADLINE_LENGTH = 80;
export const MAX_CTA_LENGTH = 120;
export const MAX_BEATS = 8;

export const shortBeatSchema = z.strictObject({
  text: displayTextSchema('beat text', MAX_BEAT_LENGTH).describe('What the narrator says; also the captions.'),
  headline: displayTextSchema('headline', MAX_HEADLINE_LENGTH)
    .optional()
    .describe('Big on-screen words for the beat; defaults to the first words of the text.'),
  mediaBlobKey: mediaBlobKeySchema.optional(),
});

export const shortScriptSchema = z
  .strictObject({
    hook: displayTextSchema('hook', MAX_HOOK_LENGTH).describe('The opening line that stops the scroll.'),
    beats: z
      .array(shortBeatSchema)
      .min(1, 'a script needs at least one beat')
      .max(MAX_BEATS, `a script has at most ${MAX_BEATS} beats`),
    cta: displayTextSchema('cta', MAX_CTA_LENGTH).describe('Call to action, said over the end card.'),
  })
  .describe('hook → beats → call to action; each part gets its own frame, narration and captions.');

export const shortInputSchema = z
  .strictObject({
    topic: displayTextSchema('topic', MAX_TOPIC_LENGTH)
      .optional()
      .describe('What the video is about, when there is no script: a short script is written from it.'),
    script: shortScriptSchema.optional(),
    lengthSec: z
      .literal(SHORT_VIDEO_LENGTHS, { error: `lengthSec must be one of ${SHORT_VIDEO_LENGTHS.join(', ')} (seconds)` })
      .describe('Length of the video in seconds.'),
    ...videoLookFields('upbeat'),
  })
  .refine((input) => (input.topic === undefined) !== (input.script === undefined), {
    error: 'give either a topic or a script, not both and not neither',
    path: ['script'],
  });

export type ShortInput = z.input<typeof shortInputSchema>;
export type ValidShortInput = z.output<typeof shortInputSchema>;
export type ShortScript = z.output<typeof shortScriptSchema>;
