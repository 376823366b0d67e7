import { PEAK_CEILING_DBFS, TARGET_LOUDNESS_LUFS } from '@contentflow/events';
import type { PcmAudio } from '../pcm-audio.ts';
import { type LoudnessMeasurement, measureLoudness } from './measure-loudness.ts';
import { limitPeaks } from './peak-limiter.ts';

/** The audio is (digitally) silent, or too short to measure: there is no loudness to normalise. */
export class SilentAudioError extends Error {
  override name = 'SilentAudioError';
}

export interface NormalizeLoudnessOptions {
  targetLufs?: number;
  ceilingDbfs?: number;
}

export interface NormalizedAudio {
  audio: PcmAudio;
  loudness: LoudnessMeasurement;
}

/** Close enough: a tenth of the ±1 LU that broadcast delivery specifications allow. */
const TOLERANCE_LU = 0.1;
const MAX_PASSES = 4;

/**
 * Brings integrated loudness to the target (−16 LUFS by default) and keeps peaks under the ceiling. Limiting
 * lowers loudness a little, so gain and limiter are applied again until the measurement settles.
 */
export function normalizeLoudness(audio: PcmAudio, options: NormalizeLoudnessOptions = {}): NormalizedAudio {
  const targetLufs = options.targetLufs ?? TARGET_LOUDNESS_LUFS;
  const ceilingDbfs = options.ceilingDbfs ?? PEAK_CEILING_DBFS;
  let current = audio;
  let loudness = measureLoudness(current);
  if (!Number.isFinite(loudness.integratedLufs)) {
    throw new SilentAudioError('the audio is silent (or shorter than 0.4 s): its loudness cannot be normalised');
  }
  for (let pass = 0; pass < MAX_PASSES && Math.abs(loudness.integratedLufs - targetLufs) > TOLERANCE_LU; pass += 1) {
    current = limitPeaks(current, { ceilingDbfs, gainDb: targetLufs - loudness.integratedLufs });
    loudness = measureLoudness(current);
  }
  return { audio: current, loudness };
}
