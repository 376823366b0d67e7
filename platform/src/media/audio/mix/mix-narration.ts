import { fade } from '../fades.ts';
import { measureLoudness } from '../loudness/measure-loudness.ts';
import { type NormalizedAudio, normalizeLoudness } from '../loudness/normalize-loudness.ts';
import { AudioFormatMismatchError, dbToGain, frameCount, type PcmAudio } from '../pcm-audio.ts';
import { duckingEnvelope } from './ducking-envelope.ts';
import { loopToLength } from './loop-to-length.ts';

/** Names the mixer in outputs; bump it when the way it mixes changes. */
export const MIXER = 'contentflow-ducking-mixer-1';

export interface MixRequest {
  /** Mono or stereo speech at the music's sample rate (see resampleAudio). */
  narration: PcmAudio;
  /** Looped or cut to the length of the mix. */
  music: PcmAudio;
  duckDb: number;
  /** Music alone before the narration starts. */
  narrationOffsetSec?: number;
  /** Music after the narration ends; it fades out over this time. */
  tailSec?: number;
  /** Level of the un-ducked music relative to the narration's loudness (LU). */
  musicLevelDb?: number;
  targetLufs?: number;
}

/**
 * Where the music sits against the voice between phrases; under speech it is a further `duckDb` lower, which with
 * the default 12 dB puts it 18 LU below the voice: clearly there, never in the way.
 */
const DEFAULT_MUSIC_LEVEL_DB = -6;

/**
 * Narration over music: the music levelled against the voice, ducked under it (see duckingEnvelope), faded out in
 * the tail, and the sum normalised (−16 LUFS by default, peaks limited).
 */
export function mixNarrationOverMusic(request: MixRequest): NormalizedAudio {
  const { narration, music } = request;
  if (narration.sampleRate !== music.sampleRate) {
    throw new AudioFormatMismatchError(
      `narration (${narration.sampleRate} Hz) and music (${music.sampleRate} Hz) must share a sample rate`,
    );
  }
  const rate = music.sampleRate;
  const offset = Math.round((request.narrationOffsetSec ?? 0) * rate);
  const tailSec = request.tailSec ?? 0;
  const speechFrames = frameCount(narration);
  const total = offset + speechFrames + Math.round(tailSec * rate);
  const bed = loopToLength(music, total);
  fade(bed, 'out', tailSec);

  const voiceLufs = measureLoudness(narration).integratedLufs;
  const musicLufs = measureLoudness(bed).integratedLufs;
  // Silent music (or a silent voice) has no loudness to level: the music then keeps its own level.
  const levelDb =
    Number.isFinite(voiceLufs) && Number.isFinite(musicLufs)
      ? voiceLufs + (request.musicLevelDb ?? DEFAULT_MUSIC_LEVEL_DB) - musicLufs
      : 0;
  const musicGain = dbToGain(levelDb);
  const duck = duckingEnvelope(narration, { duckDb: request.duckDb });

  const channels = Array.from({ length: Math.max(narration.channels.length, bed.channels.length) }, (_, c) => {
    const out = new Float32Array(total);
    const musicChannel = bed.channels[Math.min(c, bed.channels.length - 1)]!;
    const voiceChannel = narration.channels[Math.min(c, narration.channels.length - 1)]!;
    for (let i = 0; i < total; i += 1) {
      const speechIndex = i - offset;
      const inSpeech = speechIndex >= 0 && speechIndex < speechFrames;
      out[i] =
        musicChannel[i]! * musicGain * (inSpeech ? duck[speechIndex]! : 1) +
        (inSpeech ? voiceChannel[speechIndex]! : 0);
    }
    return out;
  });
  return normalizeLoudness(
    { sampleRate: rate, channels },
    request.targetLufs === undefined ? {} : { targetLufs: request.targetLufs },
  );
}
