import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dbToGain, samplePeakDb } from '../pcm-audio.ts';
import { mono, noise, sine } from '../testing/signals.ts';
import { limitPeaks } from './peak-limiter.ts';

describe('limitPeaks', () => {
  test('no sample of the result exceeds the ceiling, whatever the peaks and the make-up gain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -4, max: 4, noNaN: true }), { minLength: 1, maxLength: 3_000 }),
        fc.float({ min: -12, max: 12, noNaN: true }),
        (samples, gainDb) => {
          const limited = limitPeaks(mono(Float32Array.from(samples), 16_000), { ceilingDbfs: -1, gainDb });
          const ceiling = dbToGain(-1);
          expect(limited.channels[0]!.every((x) => Math.abs(x) <= ceiling * (1 + 1e-6))).toBe(true);
        },
      ),
    );
  });

  test('audio under the ceiling only gets the make-up gain', () => {
    const quiet = sine(440, 1, 16_000, -20);
    const limited = limitPeaks(mono(quiet, 16_000), { ceilingDbfs: -1, gainDb: 6 });
    const gain = dbToGain(6);
    expect(Array.from(limited.channels[0]!, (x, i) => x - quiet[i]! * gain).every((d) => Math.abs(d) < 1e-6)).toBe(
      true,
    );
  });

  test('a lone peak is turned down as a ramp around it and the rest of the signal is left alone', () => {
    const rate = 16_000;
    const signal = noise(rate, 0.1);
    signal[8_000] = 1;
    const limited = limitPeaks(mono(signal, rate), { ceilingDbfs: -6, lookaheadSec: 0.005, releaseSec: 0.05 })
      .channels[0]!;
    expect(samplePeakDb(mono(limited, rate))).toBeLessThanOrEqual(-6 + 1e-4);
    // Far from the peak (well before the look-ahead, many release times after) the signal is untouched.
    expect(limited[7_000]! / signal[7_000]!).toBeCloseTo(1, 6);
    expect(limited[15_000]! / signal[15_000]!).toBeGreaterThan(0.999);
    // Just before the peak the gain is already falling: the attack is a ramp, not a step at the peak.
    expect(Math.abs(limited[7_960]! / signal[7_960]!)).toBeLessThan(1);
  });
});
