import { describe, expect, test } from 'vitest';
import { gainToDb } from '../pcm-audio.ts';
import { mono, sine } from '../testing/signals.ts';
import { duckingEnvelope } from './ducking-envelope.ts';

const RATE = 16_000;

/** 2 s of silence, 2 s of "speech" (a tone), 2 s of silence. */
function silenceSpeechSilence(): Float32Array {
  const samples = new Float32Array(6 * RATE);
  samples.set(sine(220, 2, RATE, -12), 2 * RATE);
  return samples;
}

describe('duckingEnvelope', () => {
  const envelope = duckingEnvelope(mono(silenceSpeechSilence(), RATE), {
    duckDb: 12,
    attackSec: 0.08,
    releaseSec: 0.4,
  });
  const dbAt = (sec: number) => gainToDb(envelope[Math.round(sec * RATE)]!);

  test('leaves the music alone away from speech and drops it by duckDb under speech', () => {
    expect(dbAt(1)).toBeCloseTo(0, 3);
    expect(dbAt(3)).toBeCloseTo(-12, 3);
    expect(dbAt(5.5)).toBeCloseTo(0, 3);
  });

  test('is already down when speech starts (look-ahead) and not before the attack time', () => {
    expect(dbAt(2)).toBeLessThan(-11);
    expect(dbAt(1.85)).toBeCloseTo(0, 3);
  });

  test('holds through the end of speech, then rises over the release time', () => {
    expect(dbAt(4.1)).toBeCloseTo(-12, 3);
    const rising = [4.35, 4.45, 4.55].map(dbAt);
    expect(rising[0]!).toBeLessThan(rising[1]!);
    expect(rising[1]!).toBeLessThan(rising[2]!);
    expect(dbAt(4.8)).toBeCloseTo(0, 3);
  });

  test('silent narration never ducks', () => {
    const silent = duckingEnvelope(mono(new Float32Array(RATE), RATE), { duckDb: 12 });
    expect(silent.every((gain) => gain === 1)).toBe(true);
  });
});
