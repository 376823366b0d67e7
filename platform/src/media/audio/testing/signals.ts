import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbToGain, gainToDb, type PcmAudio } from '../pcm-audio.ts';

/** Test signals and measurements for the audio primitives' tests (not exported from the package). */

export function sine(hz: number, seconds: number, sampleRate: number, amplitudeDbfs = -6): Float32Array {
  const amplitude = dbToGain(amplitudeDbfs);
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i += 1) samples[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return samples;
}

export function mono(samples: Float32Array, sampleRate: number): PcmAudio {
  return { sampleRate, channels: [samples] };
}

/** Deterministic white noise in [-amplitude, amplitude]. */
export function noise(frames: number, amplitude = 0.5, seed = 7): Float32Array {
  let state = seed;
  return Float32Array.from({ length: frames }, () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state / 2 ** 32 - 0.5) * 2 * amplitude;
  });
}

/**
 * The level (dBFS of its amplitude) of one frequency in `samples[from, to)`, by the Goertzel algorithm: measures a
 * tone in a mix without being fooled by the other sounds in it.
 */
export function toneLevelDb(samples: Float32Array, hz: number, sampleRate: number, from: number, to: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (let i = from; i < to; i += 1) {
    const current = samples[i]! + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous ** 2 + beforePrevious ** 2 - coefficient * previous * beforePrevious;
  return gainToDb((2 * Math.sqrt(power)) / (to - from));
}

export function rmsDb(samples: Float32Array, from = 0, to = samples.length): number {
  let sum = 0;
  for (let i = from; i < to; i += 1) sum += samples[i]! ** 2;
  return gainToDb(Math.sqrt(sum / Math.max(1, to - from)));
}

/**
 * Points the process's temp dir (os.tmpdir() reads TMPDIR on every call) at a fresh folder, so a test can check
 * that everything an operation created there was removed.
 */
export function isolatedTempDir(): { leftovers(): string[]; restore(): void } {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'cf-audio-test-'));
  process.env['TMPDIR'] = dir;
  return {
    leftovers: () => readdirSync(dir),
    restore: () => {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
