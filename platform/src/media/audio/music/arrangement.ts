import type { LoopBuffer } from './loop-buffer.ts';
import { midiToHz, type ScaleName } from './music-theory.ts';
import type { Random } from './seeded-random.ts';

/** Everything a mood needs to write its parts into one loop. */
export interface Arrangement {
  loop: LoopBuffer;
  random: Random;
  beatFrames: number;
  bars: number;
  /** Per bar: the chord's notes (MIDI) around the key's tonic, root first. */
  chords: number[][];
}

/** A mood: its harmony and how it arranges the parts. */
export interface MoodDefinition {
  scale: ScaleName;
  /** 3 triads, 4 seventh chords, 5 ninth chords. */
  chordSize: number;
  /** Four-bar progressions as scale degrees (0 = tonic); the seed picks one and the loop plays it twice. */
  progressions: readonly (readonly number[])[];
  arrange(arrangement: Arrangement): void;
}

export const BEATS_PER_BAR = 4;

export function frameAt(arrangement: Arrangement, bar: number, beat: number): number {
  return Math.round((bar * BEATS_PER_BAR + beat) * arrangement.beatFrames);
}

/** Delays every off-beat eighth by `swing` of a triplet (0 straight, 1 full shuffle). */
export function swung(beat: number, swing: number): number {
  const eighth = Math.round(beat * 2);
  return eighth % 2 === 1 ? beat + swing / 6 : beat;
}

export function beatsToSeconds(arrangement: Arrangement, beats: number): number {
  return (beats * arrangement.beatFrames) / arrangement.loop.sampleRate;
}

export const hz = midiToHz;

/** Places a sound with two echoes a dotted eighth apart, panned to either side: a stereo ping-pong delay. */
export function addWithEcho(
  arrangement: Arrangement,
  sound: Float32Array,
  frame: number,
  gain: number,
  pan: number,
): void {
  const { loop, beatFrames } = arrangement;
  loop.add(sound, frame, gain, pan);
  loop.add(sound, frame + 0.75 * beatFrames, gain * 0.35, -0.6);
  loop.add(sound, frame + 1.5 * beatFrames, gain * 0.15, 0.6);
}
