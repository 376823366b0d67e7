import { z } from 'zod';
import { videoFileShape } from './video-output.ts';
import { shortScriptSchema } from './video-short.input.ts';

export const shortOutputSchema = z.object({
  ...videoFileShape,
  script: shortScriptSchema.describe(
    'The script the video was made from: the one given, or the one written from the topic.',
  ),
  scriptSource: z.enum(['input', 'topic']).describe('`topic`: written offline from the topic with templates.'),
});

export type ShortOutput = z.infer<typeof shortOutputSchema>;
