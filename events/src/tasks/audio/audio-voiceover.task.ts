import { defineTask } from '../define-task.ts';
import { MAX_VOICEOVER_CHARS, speechInputSchema } from './audio-speech.input.ts';
import { speechOutputSchema } from './audio-speech.output.ts';

export const audioVoiceoverTask = defineTask({
  engine: 'audio',
  task: 'voiceover',
  title: 'Voiceover',
  description:
    'Speaks a short text (an ad, a hook, a short video’s script) with caption timings in chunks of at most five ' +
    'words, normalised to −16 LUFS. Offline with Flite; with Amazon Polly (neural voices) when configured.',
  input: speechInputSchema(MAX_VOICEOVER_CHARS),
  output: speechOutputSchema,
  produces: { kind: 'voiceover', mimeType: 'audio/mpeg' },
  example: { text: 'One idea. A week of posts. Meet ContentFlow.', voice: 'en-us-female-1', speed: 1.1 },
});
