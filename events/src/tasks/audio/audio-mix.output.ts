import { z } from 'zod';
import { blobKeySchema } from '../../fields.ts';
import { audioFileShape } from './audio-fields.ts';
import { generatedMusicShape } from './audio-music.output.ts';

export const mixOutputSchema = z.object({
  ...audioFileShape,
  duckDb: z.number().positive(),
  narrationOffsetSec: z
    .number()
    .nonnegative()
    .describe('Where the narration starts in the mix: add it to the narration’s caption timings.'),
  narrationDurationSec: z.number().positive(),
  music: z.discriminatedUnion('source', [
    z.object({ source: z.literal('blob'), blobKey: blobKeySchema }),
    z.object({ source: z.literal('generated'), ...generatedMusicShape }),
  ]),
});

export type MixOutput = z.infer<typeof mixOutputSchema>;
