import type { MusicOutput, ValidMusicInput } from '@contentflow/events';
import type { TaskResult, TaskRunContext } from '@contentflow/platform';
import { generateMusicBed, MUSIC_GENERATOR } from '@contentflow/platform/audio';
import { encodeAudioFile } from './audio-file.ts';

/** `audio.music`: a procedural bed of the requested mood, tempo and length, normalised and encoded. */
export async function renderMusic(
  input: ValidMusicInput,
  context: Pick<TaskRunContext, 'signal' | 'progress'>,
): Promise<TaskResult<MusicOutput>> {
  const { signal } = context;
  await context.progress(5, 'composing');
  const bed = generateMusicBed({
    mood: input.mood,
    durationSec: input.durationSec,
    fadeOutSec: input.fadeOutSec,
    ...(input.bpm === undefined ? {} : { bpm: input.bpm }),
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  });
  signal.throwIfAborted();
  await context.progress(60, 'encoding');
  const file = await encodeAudioFile(bed, input.format, 'music', signal);
  const output: MusicOutput = {
    provider: 'offline',
    model: MUSIC_GENERATOR,
    ...file.fields,
    mood: bed.mood,
    bpm: bed.bpm,
    seed: bed.seed,
    loopSec: Number(bed.loopSec.toFixed(3)),
  };
  return {
    output,
    artifacts: [
      {
        fileName: file.fields.audioFile,
        mimeType: file.fields.mimeType,
        body: file.bytes,
        title: `Music bed (${bed.mood}, ${bed.bpm} bpm)`,
        metadata: { ...output },
      },
    ],
    provider: 'offline',
    model: MUSIC_GENERATOR,
  };
}
