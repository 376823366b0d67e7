import { type PcmAudio, samplePeakDb } from '../pcm-audio.ts';
import { addKWeightedEnergy } from './k-weighting.ts';

export interface LoudnessMeasurement {
  /** Integrated loudness (ITU-R BS.1770-4, EBU R 128) in LUFS; −Infinity when nothing passes the gates. */
  integratedLufs: number;
  samplePeakDbfs: number;
}

const BLOCK_SEGMENTS = 4; // 400 ms blocks …
const SEGMENT_SECONDS = 0.1; // … starting every 100 ms (75 % overlap)
const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

const loudnessOf = (meanSquare: number): number => -0.691 + 10 * Math.log10(meanSquare);

/**
 * Measures loudness as BS.1770-4 defines it for mono and stereo (every channel weighted 1): K-weighting,
 * 400 ms blocks with 75 % overlap, an absolute gate at −70 LUFS, then a relative gate 10 LU below the
 * loudness of the blocks that passed the first.
 */
export function measureLoudness(audio: PcmAudio): LoudnessMeasurement {
  const segmentFrames = Math.round(audio.sampleRate * SEGMENT_SECONDS);
  const frames = audio.channels[0]?.length ?? 0;
  const segments = Math.floor(frames / segmentFrames);
  // Sum over channels of each 100 ms segment's K-weighted energy; a block is four consecutive segments.
  const segmentEnergy = new Float64Array(segments);
  for (const channel of audio.channels) addKWeightedEnergy(channel, audio.sampleRate, segmentFrames, segmentEnergy);
  const blockFrames = segmentFrames * BLOCK_SEGMENTS;
  const blocks: number[] = [];
  for (let s = 0; s + BLOCK_SEGMENTS <= segments; s += 1) {
    let energy = 0;
    for (let k = 0; k < BLOCK_SEGMENTS; k += 1) energy += segmentEnergy[s + k]!;
    blocks.push(energy / blockFrames);
  }
  const aboveAbsolute = blocks.filter((block) => loudnessOf(block) > ABSOLUTE_GATE_LUFS);
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  let integratedLufs = Number.NEGATIVE_INFINITY;
  if (aboveAbsolute.length > 0) {
    const relativeGate = loudnessOf(mean(aboveAbsolute)) + RELATIVE_GATE_LU;
    const gated = aboveAbsolute.filter((block) => loudnessOf(block) > relativeGate);
    integratedLufs = loudnessOf(mean(gated));
  }
  return { integratedLufs, samplePeakDbfs: samplePeakDb(audio) };
}
