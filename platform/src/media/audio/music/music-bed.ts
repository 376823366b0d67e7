import { DEFAULT_MUSIC_BPM, type MusicMood, TARGET_LOUDNESS_LUFS } from '@contentflow/events';
import { fade } from '../fades.ts';
import { type LoudnessMeasurement, measureLoudness } from '../loudness/measure-loudness.ts';
import { normalizeLoudness } from '../loudness/normalize-loudness.ts';
import type { PcmAudio } from '../pcm-audio.ts';
import { composeLoop } from './compose-loop.ts';

/** CD rate: music keeps its highs, and the mix runs at this rate too. */
export const MUSIC_SAMPLE_RATE = 44_100;
export const DEFAULT_MUSIC_SEED = 1;
/** Names the generator in outputs ("which provider made it"); bump it when the music it makes changes. */
export const MUSIC_GENERATOR = 'contentflow-music-synth-1';
/** A fade moves the loudness of a short bed; beyond this it is normalised again as a whole. */
const LOUDNESS_TOLERANCE_LU = 0.1;

export interface MusicBedRequest {
  mood: MusicMood;
  durationSec: number;
  /** Defaults to the mood's tempo. */
  bpm?: number;
  seed?: number;
  /** Capped at a quarter of the duration; 0 (the default) keeps the bed a seamless loop. */
  fadeOutSec?: number;
  /** Integrated loudness of the bed (−16 LUFS by default). */
  targetLufs?: number;
  sampleRate?: number;
}

export interface MusicBed {
  /** Stereo, loudness-normalised, peaks limited. */
  audio: PcmAudio;
  loudness: LoudnessMeasurement;
  mood: MusicMood;
  bpm: number;
  seed: number;
  /** The pattern repeats every loopSec: the bed can be cut or looped at any multiple of it without a seam. */
  loopSec: number;
}

/**
 * A music bed of any length: one composed loop, normalised, repeated, with an optional fade at the end. Only the
 * loop is normalised (seconds of audio, not minutes), as two laps of which the second is kept: the limiter then
 * enters the loop in the state it leaves it in, so the seam stays seamless.
 */
export function generateMusicBed(request: MusicBedRequest): MusicBed {
  const bpm = request.bpm ?? DEFAULT_MUSIC_BPM[request.mood];
  const seed = request.seed ?? DEFAULT_MUSIC_SEED;
  const sampleRate = request.sampleRate ?? MUSIC_SAMPLE_RATE;
  const targetLufs = request.targetLufs ?? TARGET_LOUDNESS_LUFS;
  const composed = composeLoop({ mood: request.mood, bpm, seed, sampleRate });
  const loopFrames = composed.audio.channels[0]!.length;
  const laps = normalizeLoudness(repeat(composed.audio, 2 * loopFrames), { targetLufs }).audio;
  const loop = laps.channels.map((channel) => channel.subarray(loopFrames));

  const audio: PcmAudio = {
    sampleRate,
    channels: loop.map((channel) => repeatChannel(channel, Math.round(request.durationSec * sampleRate))),
  };
  fade(audio, 'out', Math.min(request.fadeOutSec ?? 0, request.durationSec / 4));
  const bed = { mood: request.mood, bpm, seed, loopSec: composed.loopSec };
  const loudness = measureLoudness(audio);
  if (
    Number.isFinite(loudness.integratedLufs) &&
    Math.abs(loudness.integratedLufs - targetLufs) > LOUDNESS_TOLERANCE_LU
  ) {
    return { ...bed, ...normalizeLoudness(audio, { targetLufs }) };
  }
  return { ...bed, audio, loudness };
}

function repeat(audio: PcmAudio, frames: number): PcmAudio {
  return { sampleRate: audio.sampleRate, channels: audio.channels.map((channel) => repeatChannel(channel, frames)) };
}

function repeatChannel(loop: Float32Array, frames: number): Float32Array {
  const out = new Float32Array(frames);
  for (let at = 0; at < frames; at += loop.length) out.set(loop.subarray(0, Math.min(loop.length, frames - at)), at);
  return out;
}
