import { z } from 'zod';
import { videoFileShape } from './video-output.ts';

export const explainerOutputSchema = z.object({
  ...videoFileShape,
  chapters: z
    .array(z.object({ title: z.string().min(1), startSec: z.number().nonnegative() }))
    .min(1)
    .describe('Where each scene starts, e.g. for YouTube chapters in the description.'),
});

export type ExplainerOutput = z.infer<typeof explainerOutputSchema>;
