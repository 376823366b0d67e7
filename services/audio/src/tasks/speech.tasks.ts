import { audioNarrationTask, audioVoiceoverTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { SpeechSynthesizer } from '@contentflow/platform/audio';
import { renderSpeech } from '../use-cases/render-speech.ts';
import { withAudioErrors } from './audio-task-error.ts';

/** `audio.voiceover`: a short text spoken by the configured provider (Flite offline, or Polly). */
export const voiceoverTask = (speech: SpeechSynthesizer) =>
  implementTask(
    audioVoiceoverTask,
    withAudioErrors((input, context) => renderSpeech(input, 'voiceover', speech, context)),
  );

/** `audio.narration`: the same for a long text. */
export const narrationTask = (speech: SpeechSynthesizer) =>
  implementTask(
    audioNarrationTask,
    withAudioErrors((input, context) => renderSpeech(input, 'narration', speech, context)),
  );
