import { MAX_AUDIO_SECONDS, type MixOutput, type ValidMixInput } from '@contentflow/events';
import type { TaskResult, TaskRunContext } from '@contentflow/platform';
import {
  decodeAudio,
  durationOf,
  generateMusicBed,
  MIXER,
  MUSIC_SAMPLE_RATE,
  mixNarrationOverMusic,
  type PcmAudio,
} from '@contentflow/platform/audio';
import { encodeAudioFile } from './audio-file.ts';
import type { BlobReader } from './blob-reader.port.ts';
import { readTenantBlob } from './read-tenant-blob.ts';

/** Music alone before the voice comes in, and after it ends (fading out). */
export const MIX_INTRO_SEC = 1;
export const MIX_OUTRO_SEC = 2;

type MixMusic = MixOutput['music'];

async function musicFor(
  input: ValidMixInput,
  durationSec: number,
  blobs: BlobReader,
  context: Pick<TaskRunContext, 'tenantId' | 'signal'>,
): Promise<{ audio: PcmAudio; music: MixMusic }> {
  if (input.musicBlobKey) {
    const bytes = await readTenantBlob(blobs, context.tenantId, input.musicBlobKey, 'musicBlobKey');
    const audio = await decodeAudio(bytes, {
      sampleRate: MUSIC_SAMPLE_RATE,
      channels: 2,
      maxDurationSec: MAX_AUDIO_SECONDS,
      signal: context.signal,
    });
    return { audio, music: { source: 'blob', blobKey: input.musicBlobKey } };
  }
  const style = input.music ?? { mood: 'upbeat' };
  const bed = generateMusicBed({
    mood: style.mood,
    durationSec,
    ...(style.bpm === undefined ? {} : { bpm: style.bpm }),
    ...(style.seed === undefined ? {} : { seed: style.seed }),
  });
  const loopSec = Number(bed.loopSec.toFixed(3));
  return { audio: bed.audio, music: { source: 'generated', mood: bed.mood, bpm: bed.bpm, seed: bed.seed, loopSec } };
}

/**
 * `audio.mix`: the narration (a blob of the tenant's) over music (another blob, or a bed generated to fit), with
 * the music ducked under the speech and the result normalised to −16 LUFS.
 */
export async function renderMix(
  input: ValidMixInput,
  blobs: BlobReader,
  context: Pick<TaskRunContext, 'tenantId' | 'signal' | 'progress'>,
): Promise<TaskResult<MixOutput>> {
  const { signal } = context;
  await context.progress(5, 'reading the narration');
  const narrationBytes = await readTenantBlob(blobs, context.tenantId, input.narrationBlobKey, 'narrationBlobKey');
  const narration = await decodeAudio(narrationBytes, {
    sampleRate: MUSIC_SAMPLE_RATE,
    channels: 1,
    maxDurationSec: MAX_AUDIO_SECONDS,
    signal,
  });
  const narrationSec = durationOf(narration);
  await context.progress(25, 'preparing the music');
  const { audio: music, music: source } = await musicFor(
    input,
    MIX_INTRO_SEC + narrationSec + MIX_OUTRO_SEC,
    blobs,
    context,
  );
  signal.throwIfAborted();
  await context.progress(50, 'mixing');
  const mixed = mixNarrationOverMusic({
    narration,
    music,
    duckDb: input.duckDb,
    narrationOffsetSec: MIX_INTRO_SEC,
    tailSec: MIX_OUTRO_SEC,
  });
  signal.throwIfAborted();
  await context.progress(75, 'encoding');
  const file = await encodeAudioFile(mixed, input.format, 'mix', signal);
  const output: MixOutput = {
    provider: 'offline',
    model: MIXER,
    ...file.fields,
    duckDb: input.duckDb,
    narrationOffsetSec: MIX_INTRO_SEC,
    narrationDurationSec: Number(narrationSec.toFixed(3)),
    music: source,
  };
  return {
    output,
    artifacts: [
      {
        fileName: file.fields.audioFile,
        mimeType: file.fields.mimeType,
        body: file.bytes,
        title: 'Voice over music',
        metadata: { ...output },
      },
    ],
    provider: 'offline',
    model: MIXER,
  };
}
