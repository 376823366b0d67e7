import { defineTask } from '../define-task.ts';
import { shortInputSchema } from './video-short.input.ts';
import { shortOutputSchema } from './video-short.output.ts';

export const videoShortTask = defineTask({
  engine: 'video',
  task: 'short',
  title: 'Short vertical video',
  description:
    'A 1080×1920, 30 fps H.264/AAC MP4 of 15, 30 or 60 s for Reels, Shorts and TikTok: a frame per beat (rendered ' +
    'layouts or your uploaded images) with pan and zoom, transitions, narration, a music bed ducked under it, ' +
    'captions burned in sync with the narration, and an end card with the call to action.',
  input: shortInputSchema,
  output: shortOutputSchema,
  produces: { kind: 'short', mimeType: 'video/mp4' },
  example: {
    script: {
      hook: 'Three editing tricks nobody tells you about.',
      beats: [
        { text: 'Cut on the action, not after it: the eye follows motion.', headline: 'Cut on action' },
        { text: 'Let the sound lead the picture by a few frames.', headline: 'J-cuts' },
        { text: 'Trim every pause longer than half a second.', headline: 'Kill the pauses' },
      ],
      cta: 'Follow for more editing tips.',
    },
    lengthSec: 30,
    style: 'bold',
    music: 'upbeat',
  },
});
