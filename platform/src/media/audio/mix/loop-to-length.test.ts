import { describe, expect, test } from 'vitest';
import { frameCount } from '../pcm-audio.ts';
import { mono, noise, rmsDb } from '../testing/signals.ts';
import { loopToLength } from './loop-to-length.ts';

describe('loopToLength', () => {
  test('cuts longer audio to the length', () => {
    const source = noise(1_000);
    const cut = loopToLength(mono(source, 1_000), 400);
    expect(cut.channels[0]).toEqual(source.subarray(0, 400));
  });

  test('repeats shorter audio to the exact length, keeping its level across the seams', () => {
    const rate = 8_000;
    const looped = loopToLength(mono(noise(rate, 0.5), rate), Math.round(3.5 * rate));
    const samples = looped.channels[0]!;
    expect(frameCount(looped)).toBe(3.5 * rate);
    const overall = rmsDb(samples);
    // Around each seam (every 1 s less the 20 ms overlap), in 10 ms windows: no dip, no bump.
    for (const seam of [rate - 160, 2 * rate - 320, 3 * rate - 480]) {
      for (let at = seam - 80; at < seam + 240; at += 80)
        expect(Math.abs(rmsDb(samples, at, at + 80) - overall)).toBeLessThan(3);
    }
  });
});
