import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withTempDirectory } from '../../ffmpeg/index.ts';
import { inspectAudioFile } from '../ffmpeg/inspect-audio-file.ts';
import { generateMusicBed } from '../music/music-bed.ts';
import { mono, noise, sine } from '../testing/signals.ts';
import { encodeWav } from '../wav-file.ts';
import { measureLoudness } from './measure-loudness.ts';

describe('measureLoudness (ITU-R BS.1770-4)', () => {
  test('a 1 kHz stereo sine at −23 dBFS measures −23 LUFS (EBU Tech 3341, test 1)', () => {
    const tone = sine(1000, 20, 48_000, -23);
    const { integratedLufs, samplePeakDbfs } = measureLoudness({ sampleRate: 48_000, channels: [tone, tone] });
    expect(integratedLufs).toBeCloseTo(-23, 1);
    expect(samplePeakDbfs).toBeCloseTo(-23, 1);
  });

  test('the K-weighting is derived for any rate: the same tone at 44.1 and 16 kHz reads the same', () => {
    const at = (rate: number) => measureLoudness(mono(sine(1000, 5, rate, -20), rate)).integratedLufs;
    expect(at(44_100)).toBeCloseTo(at(48_000), 1);
    expect(at(16_000)).toBeCloseTo(at(48_000), 1);
  });

  test('the gates leave silence out: a tone with as much silence after it reads as the tone alone', () => {
    const rate = 48_000;
    const tone = sine(1000, 10, rate, -20);
    const withSilence = new Float32Array(tone.length * 2);
    withSilence.set(tone);
    const difference =
      measureLoudness(mono(withSilence, rate)).integratedLufs - measureLoudness(mono(tone, rate)).integratedLufs;
    // Only the few blocks straddling the end of the tone count a little silence; averaged in, the silence would cost 3 LU.
    expect(Math.abs(difference)).toBeLessThan(0.1);
  });

  test('silence, and audio shorter than one 400 ms block, have no integrated loudness', () => {
    expect(measureLoudness(mono(new Float32Array(48_000), 48_000)).integratedLufs).toBe(Number.NEGATIVE_INFINITY);
    expect(measureLoudness(mono(sine(1000, 0.3, 48_000), 48_000)).integratedLufs).toBe(Number.NEGATIVE_INFINITY);
  });

  test('agrees with ffmpeg’s ebur128 filter within 0.1 LU on noise and on music', async () => {
    const bed = generateMusicBed({ mood: 'dramatic', durationSec: 8, targetLufs: -20 });
    const signals = [mono(noise(16_000 * 6, 0.3), 16_000), bed.audio];
    await withTempDirectory('cf-audio-test-', async (dir) => {
      for (const [index, audio] of signals.entries()) {
        const path = join(dir, `${index}.wav`);
        await writeFile(path, encodeWav(audio));
        const reference = await inspectAudioFile(path);
        expect(Math.abs(measureLoudness(audio).integratedLufs - reference.integratedLufs)).toBeLessThan(0.1);
      }
    });
  });
});
