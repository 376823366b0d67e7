import { describe, expect, test } from 'vitest';
import { mono, noise, sine } from '../testing/signals.ts';
import { measureLoudness } from './measure-loudness.ts';
import { normalizeLoudness, SilentAudioError } from './normalize-loudness.ts';

describe('normalizeLoudness', () => {
  test('brings quiet and loud audio to −16 LUFS with peaks at or under −1 dBFS', () => {
    for (const amplitude of [0.01, 0.9]) {
      const { audio, loudness } = normalizeLoudness(mono(noise(16_000 * 3, amplitude), 16_000));
      expect(loudness.integratedLufs).toBeCloseTo(-16, 0);
      expect(Math.abs(measureLoudness(audio).integratedLufs + 16)).toBeLessThanOrEqual(0.1);
      expect(loudness.samplePeakDbfs).toBeLessThanOrEqual(-1 + 1e-4);
    }
  });

  test('keeps the ceiling even when the target needs more than the peaks allow (limiting, then gain again)', () => {
    // A sine has a crest factor of 3 dB; at −6 LUFS its peaks would sit above 0 dBFS without the limiter.
    const { loudness } = normalizeLoudness(mono(sine(1000, 3, 48_000, -30), 48_000), { targetLufs: -6 });
    expect(loudness.samplePeakDbfs).toBeLessThanOrEqual(-1 + 1e-4);
    expect(loudness.integratedLufs).toBeGreaterThan(-7);
  });

  test('refuses silence: it has no loudness to bring anywhere', () => {
    expect(() => normalizeLoudness(mono(new Float32Array(16_000), 16_000))).toThrow(SilentAudioError);
  });
});
