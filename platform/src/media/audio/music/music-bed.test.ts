import { MUSIC_MOODS, type MusicMood } from '@contentflow/events';
import { beforeAll, describe, expect, test } from 'vitest';
import { measureLoudness } from '../loudness/measure-loudness.ts';
import { frameCount } from '../pcm-audio.ts';
import { generateMusicBed, type MusicBed } from './music-bed.ts';

const RATE = 44_100;
const BPM = 180;
/** Eight bars of four beats. */
const LOOP_FRAMES = Math.round(32 * (60 / BPM) * RATE);

/** Sample-for-sample equality, as a boolean: a failing toEqual would print a diff of a million samples. */
function identical(a: Float32Array, b: Float32Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Energy of the first difference relative to the signal's: how much of it is high frequencies. */
function brightness(samples: Float32Array): number {
  let total = 0;
  let high = 0;
  for (let i = 1; i < samples.length; i += 1) {
    total += samples[i]! ** 2;
    high += (samples[i]! - samples[i - 1]!) ** 2;
  }
  return high / total;
}

// Composing is CPU-bound: one bed per mood, shared by the tests, and generous timeouts on a busy machine.
const beds = new Map<MusicMood, MusicBed>();
beforeAll(() => {
  for (const mood of MUSIC_MOODS)
    beds.set(mood, generateMusicBed({ mood, bpm: BPM, durationSec: (2 * LOOP_FRAMES) / RATE }));
}, 120_000);

describe('generateMusicBed', { timeout: 60_000 }, () => {
  test.each(MUSIC_MOODS)('%s: stereo 44.1 kHz of the exact length at −16 LUFS, peaks under −1 dBFS', (mood) => {
    const bed = beds.get(mood)!;
    expect(bed.audio.sampleRate).toBe(RATE);
    expect(bed.audio.channels).toHaveLength(2);
    expect(frameCount(bed.audio)).toBe(2 * LOOP_FRAMES);
    expect(Math.abs(measureLoudness(bed.audio).integratedLufs + 16)).toBeLessThanOrEqual(0.1);
    expect(bed.loudness.samplePeakDbfs).toBeLessThanOrEqual(-1 + 1e-4);
    expect(bed.loopSec * RATE).toBeCloseTo(LOOP_FRAMES, 6);
  });

  test.each(MUSIC_MOODS)('%s loops without a seam: the restart jumps no more than the music itself does', (mood) => {
    for (const channel of beds.get(mood)!.audio.channels) {
      let largest = 0;
      for (let i = 1; i < LOOP_FRAMES; i += 1) largest = Math.max(largest, Math.abs(channel[i]! - channel[i - 1]!));
      expect(Math.abs(channel[LOOP_FRAMES]! - channel[LOOP_FRAMES - 1]!)).toBeLessThanOrEqual(largest);
      // The second lap is the first again, sample for sample.
      expect(identical(channel.subarray(LOOP_FRAMES), channel.subarray(0, LOOP_FRAMES))).toBe(true);
    }
  });

  test('moods differ audibly: lofi is darker than upbeat', () => {
    expect(brightness(beds.get('lofi')!.audio.channels[0]!)).toBeLessThan(
      brightness(beds.get('upbeat')!.audio.channels[0]!) / 2,
    );
  });

  test('the same request and seed give the same music; another seed other music', () => {
    const request = { mood: 'calm', bpm: BPM, durationSec: (2 * LOOP_FRAMES) / RATE } as const;
    const again = generateMusicBed(request).audio.channels[0]!;
    expect(identical(again, beds.get('calm')!.audio.channels[0]!)).toBe(true);
    expect(identical(generateMusicBed({ ...request, seed: 2 }).audio.channels[0]!, again)).toBe(false);
  });

  test('tempo sets the loop: half the bpm, twice the loop; the mood’s tempo by default', () => {
    const slow = generateMusicBed({ mood: 'upbeat', bpm: BPM / 2, durationSec: 1 });
    expect(slow.loopSec / beds.get('upbeat')!.loopSec).toBeCloseTo(2, 3);
    expect(generateMusicBed({ mood: 'dramatic', durationSec: 1, fadeOutSec: 0.25 }).bpm).toBe(90);
  });

  test('the fade takes the end to silence', () => {
    const faded = generateMusicBed({ mood: 'lofi', bpm: BPM, durationSec: 4, fadeOutSec: 1 });
    expect(Math.abs(faded.audio.channels[0]!.at(-1)!)).toBeLessThan(1e-3);
    expect(Math.abs(faded.loudness.integratedLufs + 16)).toBeLessThanOrEqual(0.1);
  });
});
