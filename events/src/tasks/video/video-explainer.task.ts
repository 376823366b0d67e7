import { defineTask } from '../define-task.ts';
import { explainerInputSchema } from './video-explainer.input.ts';
import { explainerOutputSchema } from './video-explainer.output.ts';

export const videoExplainerTask = defineTask({
  engine: 'video',
  task: 'explainer',
  title: 'Explainer video',
  description:
    'A landscape 1920×1080, 30 fps H.264/AAC MP4: a title card, then one scene per topic whose bullets appear as ' +
    'the narrator reaches them, with captions, a quiet music bed and chapter times. Its length follows the ' +
    'narration (at most three minutes).',
  input: explainerInputSchema,
  output: explainerOutputSchema,
  produces: { kind: 'explainer', mimeType: 'video/mp4' },
  example: {
    title: 'How ContentFlow turns one idea into a week of posts',
    scenes: [
      { title: 'Start with one idea', bullets: ['Type a topic', 'Pick your platforms'] },
      { title: 'Let the engines work', bullets: ['Copy and captions', 'Thumbnails and shorts', 'A posting plan'] },
    ],
    style: 'clean',
  },
});
