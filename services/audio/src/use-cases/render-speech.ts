import type { CaptionsFile, SpeechOutput, ValidSpeechInput } from '@contentflow/events';
import type { TaskResult, TaskRunContext } from '@contentflow/platform';
import { normalizeLoudness, type SpeechSynthesizer } from '@contentflow/platform/audio';
import { encodeAudioFile } from './audio-file.ts';
import { progressBand } from './progress-reporter.ts';

export type SpeechKind = 'voiceover' | 'narration';

/**
 * Speech for `audio.voiceover` and `audio.narration`: synthesised with caption timings, normalised to −16 LUFS,
 * encoded, and stored as two files: the audio, and `<kind>.captions.json` with the timings, so the video engine can
 * fetch them by key.
 */
export async function renderSpeech(
  input: ValidSpeechInput,
  kind: SpeechKind,
  speech: SpeechSynthesizer,
  context: Pick<TaskRunContext, 'signal' | 'progress'>,
): Promise<TaskResult<SpeechOutput>> {
  const { signal } = context;
  const spoken = await speech.synthesize({
    text: input.text,
    voice: input.voice,
    speed: input.speed,
    signal,
    onProgress: progressBand(context.progress, 5, 80, 'speaking'),
  });
  const normalized = normalizeLoudness(spoken.audio);
  signal.throwIfAborted();
  const file = await encodeAudioFile(normalized, input.format, kind, signal);
  const captionsFile = `${kind}.captions.json`;
  const output: SpeechOutput = {
    provider: speech.provider,
    model: spoken.model,
    ...file.fields,
    voice: input.voice,
    speed: input.speed,
    captions: spoken.captions,
    captionsFile,
  };
  const timings: CaptionsFile = {
    audioFile: file.fields.audioFile,
    durationSec: file.fields.durationSec,
    captions: spoken.captions,
  };
  const { captions, ...summary } = output;
  return {
    output,
    artifacts: [
      {
        fileName: file.fields.audioFile,
        mimeType: file.fields.mimeType,
        body: file.bytes,
        title: `${kind === 'voiceover' ? 'Voiceover' : 'Narration'} (${input.voice})`,
        // The timings live in their own file; the record keeps what lists show.
        metadata: { ...summary, captionCount: captions.length },
      },
      {
        fileName: captionsFile,
        mimeType: 'application/json',
        body: Buffer.from(JSON.stringify(timings)),
        title: `Caption timings of ${file.fields.audioFile}`,
        metadata: { audioFile: file.fields.audioFile, captionCount: captions.length },
      },
    ],
    provider: speech.provider,
    model: spoken.model,
  };
}
