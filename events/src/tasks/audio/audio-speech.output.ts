import { z } from 'zod';
import { captionListSchema } from './audio-captions.ts';
import { audioFileShape } from './audio-fields.ts';
import { AUDIO_VOICES } from './audio-speech.input.ts';

export const speechOutputSchema = z.object({
  ...audioFileShape,
  voice: z.enum(AUDIO_VOICES),
  speed: z.number().positive(),
  captions: captionListSchema,
  captionsFile: z
    .string()
    .min(1)
    .describe('The captions JSON file in the job’s folder (see CaptionsFile), for engines that fetch timings by key.'),
});

export type SpeechOutput = z.infer<typeof speechOutputSchema>;
