import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MediaToolAbortedError, withTempDirectory } from '../../ffmpeg/index.ts';
import { AudioTooLongError, UndecodableAudioError } from '../audio-errors.ts';
import { durationOf } from '../pcm-audio.ts';
import { isolatedTempDir, mono, sine, toneLevelDb } from '../testing/signals.ts';
import { decodeAudio } from './decode-audio.ts';
import { encodeAudio } from './encode-audio.ts';
import { inspectAudioFile } from './inspect-audio-file.ts';
import { resampleAudio } from './resample-audio.ts';

let temp: ReturnType<typeof isolatedTempDir>;
beforeEach(() => {
  temp = isolatedTempDir();
});
afterEach(() => temp.restore());

const speechLike = mono(sine(440, 3, 16_000, -6), 16_000);

async function inspectBytes(bytes: Uint8Array, name: string) {
  return withTempDirectory('cf-audio-test-', async (dir) => {
    await writeFile(join(dir, name), bytes);
    return inspectAudioFile(join(dir, name));
  });
}

describe('encodeAudio', { timeout: 60_000 }, () => {
  test('MP3: a LAME file of the same rate and duration, as ffprobe reads it', async () => {
    const encoded = await encodeAudio(speechLike, 'mp3');
    expect(encoded.mimeType).toBe('audio/mpeg');
    const report = await inspectBytes(encoded.bytes, 'out.mp3');
    expect(report).toMatchObject({ codec: 'mp3', sampleRate: 16_000, channels: 1 });
    // ffprobe counts whole MP3 frames, encoder delay and padding included (about 0.1 s at 16 kHz); decoders trim them.
    expect(Math.abs(report.durationSec - 3)).toBeLessThan(0.15);
    expect(report.samplePeakDbfs).toBeGreaterThan(-8);
    expect(temp.leftovers()).toEqual([]);
  });

  test('WAV needs no ffmpeg and is exactly 16-bit PCM', async () => {
    const encoded = await encodeAudio(speechLike, 'wav');
    expect(encoded.mimeType).toBe('audio/wav');
    expect(encoded.bytes.byteLength).toBe(44 + 3 * 16_000 * 2);
  });

  test('a cancelled encode kills ffmpeg and removes its files', async () => {
    // Five minutes take ffmpeg seconds to encode: the abort lands while it runs (or, on a slow machine, just before).
    const long = mono(sine(440, 300, 44_100), 44_100);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('job cancelled')), 300);
    await expect(encodeAudio(long, 'mp3', controller.signal)).rejects.toThrow(MediaToolAbortedError);
    expect(temp.leftovers()).toEqual([]);
  });
});

describe('decodeAudio', () => {
  test('reads an MP3 back at the rate and channel count asked for', async () => {
    const mp3 = (await encodeAudio(speechLike, 'mp3')).bytes;
    const decoded = await decodeAudio(mp3, { sampleRate: 44_100, channels: 1, maxDurationSec: 10 });
    expect(decoded.sampleRate).toBe(44_100);
    expect(decoded.channels).toHaveLength(1);
    // The LAME header's delay and padding are trimmed: the audio is as long as what was encoded, to the sample.
    expect(durationOf(decoded)).toBeCloseTo(3, 4);
    // The tone survived the round trip at its pitch and level.
    expect(toneLevelDb(decoded.channels[0]!, 440, 44_100, 22_050, 110_250)).toBeCloseTo(-6, 0);
    expect(temp.leftovers()).toEqual([]);
  });

  test('bytes that are not audio are UndecodableAudioError, and nothing is left behind', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await expect(decodeAudio(png, { sampleRate: 44_100, channels: 1, maxDurationSec: 10 })).rejects.toThrow(
      UndecodableAudioError,
    );
    expect(temp.leftovers()).toEqual([]);
  });

  test('mono is spread to both channels when stereo is asked for', async () => {
    const wav = (await encodeAudio(speechLike, 'wav')).bytes;
    const stereo = await decodeAudio(wav, { sampleRate: 16_000, channels: 2, maxDurationSec: 10 });
    expect(stereo.channels).toHaveLength(2);
    const [left, right] = stereo.channels as [Float32Array, Float32Array];
    expect(right.every((x, i) => x === left[i])).toBe(true);
  });

  test('audio longer than allowed is refused before decoding', async () => {
    const wav = (await encodeAudio(speechLike, 'wav')).bytes;
    await expect(decodeAudio(wav, { sampleRate: 16_000, channels: 1, maxDurationSec: 2 })).rejects.toThrow(
      AudioTooLongError,
    );
  });
});

describe('resampleAudio', () => {
  test('16 kHz speech to 44.1 kHz keeps its duration and pitch', async () => {
    const resampled = await resampleAudio(speechLike, 44_100);
    expect(resampled.sampleRate).toBe(44_100);
    expect(Math.abs(durationOf(resampled) - 3)).toBeLessThan(0.01);
    expect(toneLevelDb(resampled.channels[0]!, 440, 44_100, 22_050, 110_250)).toBeCloseTo(-6, 0);
    expect(toneLevelDb(resampled.channels[0]!, 1_200, 44_100, 22_050, 110_250)).toBeLessThan(-60);
  });
});
