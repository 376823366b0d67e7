import { defineTask } from '../define-task.ts';
import { musicInputSchema } from './audio-music.input.ts';
import { musicOutputSchema } from './audio-music.output.ts';

export const audioMusicTask = defineTask({
  engine: 'audio',
  task: 'music',
  title: 'Music bed',
  description:
    'Composes and synthesises a royalty-free instrumental bed by mood and tempo, looped seamlessly to the requested ' +
    'length (1 s to 10 min) and normalised to −16 LUFS.',
  input: musicInputSchema,
  output: musicOutputSchema,
  produces: { kind: 'music', mimeType: 'audio/mpeg' },
  example: { mood: 'lofi', bpm: 84, durationSec: 30 },
});
