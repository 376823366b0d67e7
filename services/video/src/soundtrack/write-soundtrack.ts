import { writeFile } from 'node:fs/promises';
import type { MusicChoice } from '@contentflow/events';
import {
  encodeWav,
  generateMusicBed,
  MUSIC_SAMPLE_RATE,
  mixNarrationOverMusic,
  normalizeLoudness,
  type PcmAudio,
  resampleAudio,
  silence,
  withChannelCount,
} from '@contentflow/platform/audio';
import type { NarratedPart } from './narrate-parts.ts';

/** How far the music drops under speech: clearly there between phrases, never in the voice's way. */
const DUCK_DB = 12;
const MUSIC_FADE_OUT_SEC = 1.5;

/** The narration parts laid on one silent track at their start times (at the speech's own sample rate). */
function narrationTrack(parts: readonly NarratedPart[], starts: readonly number[], durationSec: number): PcmAudio {
  const rate = parts[0]?.audio.sampleRate ?? MUSIC_SAMPLE_RATE;
  const track = silence(rate, 1, durationSec);
  const out = track.channels[0]!;
  parts.forEach((part, index) => {
    if (part.audio.sampleRate !== rate)
      throw new Error(`narration parts differ in sample rate (${part.audio.sampleRate} Hz, ${rate} Hz)`);
    const at = Math.round(starts[index]! * rate);
    const samples = withChannelCount(part.audio, 1).channels[0]!;
    out.set(samples.subarray(0, Math.max(0, out.length - at)), at);
  });
  return track;
}

export interface SoundtrackRequest {
  parts: readonly NarratedPart[];
  /** Where each part starts, in seconds of the video. */
  starts: readonly number[];
  durationSec: number;
  music: MusicChoice;
  /** WAV file to write. */
  file: string;
  signal?: AbortSignal;
}

/**
 * The video's sound as one WAV: the narration placed on the timeline, over a generated music bed ducked under
 * the speech, normalised to −16 LUFS (the audio engine's primitives do the mixing and loudness).
 */
export async function writeSoundtrack(request: SoundtrackRequest): Promise<void> {
  const narration = await resampleAudio(
    narrationTrack(request.parts, request.starts, request.durationSec),
    MUSIC_SAMPLE_RATE,
    request.signal,
  );
  const mixed =
    request.music === 'none'
      ? normalizeLoudness(withChannelCount(narration, 2))
      : mixNarrationOverMusic({
          narration,
          music: generateMusicBed({
            mood: request.music,
            durationSec: request.durationSec,
            fadeOutSec: MUSIC_FADE_OUT_SEC,
          }).audio,
          duckDb: DUCK_DB,
        });
  await writeFile(request.file, encodeWav(mixed.audio));
}
