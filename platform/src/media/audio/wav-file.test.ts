import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withTempDirectory } from '../ffmpeg/index.ts';
import { UndecodableAudioError } from './audio-errors.ts';
import { inspectAudioFile } from './ffmpeg/inspect-audio-file.ts';
import { sine } from './testing/signals.ts';
import { decodeWav, encodeWav } from './wav-file.ts';

describe('WAV files', () => {
  const left = sine(440, 1.5, 22_050, -6);
  const right = sine(660, 1.5, 22_050, -12);

  test('encode then decode gives the samples back to 16-bit precision', () => {
    const decoded = decodeWav(encodeWav({ sampleRate: 22_050, channels: [left, right] }));
    expect(decoded.sampleRate).toBe(22_050);
    expect(decoded.channels).toHaveLength(2);
    expect(decoded.channels[1]!.length).toBe(right.length);
    expect(decoded.channels[1]!.every((x, i) => Math.abs(x - right[i]!) <= 1 / 32_768)).toBe(true);
  });

  test('ffprobe reads the rate, channels and duration that were written', async () => {
    await withTempDirectory('cf-audio-test-', async (dir) => {
      const path = join(dir, 'tone.wav');
      await writeFile(path, encodeWav({ sampleRate: 22_050, channels: [left, right] }));
      const report = await inspectAudioFile(path);
      expect(report).toMatchObject({ codec: 'pcm_s16le', sampleRate: 22_050, channels: 2 });
      expect(report.durationSec).toBeCloseTo(1.5, 3);
      expect(report.samplePeakDbfs).toBeCloseTo(-6, 1);
    });
  });

  test('clips out-of-range samples instead of wrapping them around', () => {
    const decoded = decodeWav(encodeWav({ sampleRate: 8_000, channels: [Float32Array.of(1.5, -1.5, 0.5)] }));
    expect(Array.from(decoded.channels[0]!)).toEqual([32_767 / 32_768, -1, 0.5]);
  });

  test('anything but 16-bit PCM is for decodeAudio, not this reader', () => {
    const wav = encodeWav({ sampleRate: 8_000, channels: [new Float32Array(8)] });
    // Rewrite the header's bit depth (offset 34) to 8 bits and its block align accordingly.
    const eightBit = Buffer.from(wav);
    eightBit.writeUInt16LE(8, 34);
    eightBit.writeUInt16LE(1, 32);
    expect(() => decodeWav(eightBit)).toThrow(UndecodableAudioError);
  });
});
