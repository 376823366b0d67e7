import { defineTask } from '../define-task.ts';
import { MAX_NARRATION_CHARS, speechInputSchema } from './audio-speech.input.ts';
import { speechOutputSchema } from './audio-speech.output.ts';

export const audioNarrationTask = defineTask({
  engine: 'audio',
  task: 'narration',
  title: 'Narration',
  description:
    'Reads a long text (an article, an explainer’s script) of up to about ten minutes, pausing between sentences ' +
    'and paragraphs, with caption timings in chunks of at most five words, normalised to −16 LUFS.',
  input: speechInputSchema(MAX_NARRATION_CHARS),
  output: speechOutputSchema,
  produces: { kind: 'narration', mimeType: 'audio/mpeg' },
  example: {
    text: 'Every creator starts with an idea.\n\nContentFlow turns that idea into posts, images and videos.',
    voice: 'en-gb-male-1',
    format: 'wav',
  },
});
