import { readFile, writeFile } from 'node:fs/promises';
import { deinterleave, frameCount, interleave, type PcmAudio } from '../pcm-audio.ts';

/**
 * Audio crosses to and from ffmpeg as raw files in its `f32le` format (interleaved 32-bit floats, little-endian,
 * the byte order of every machine Node runs on here): lossless, and no parsing on either side.
 */
export function rawFormatArgs(sampleRate: number, channelCount: number): string[] {
  return ['-f', 'f32le', '-ar', String(sampleRate), '-ac', String(channelCount)];
}

/** Every ffmpeg step on audio this short (ten minutes at most) finishes in seconds; a stuck one is killed. */
export const AUDIO_FFMPEG_TIMEOUT_MS = 5 * 60_000;

/** About a second of audio per write, so a long bed is never copied whole into one interleaved buffer. */
const CHUNK_FRAMES = 48_000;

function* rawChunks(audio: PcmAudio): Generator<Uint8Array> {
  const frames = frameCount(audio);
  for (let from = 0; from < frames; from += CHUNK_FRAMES) {
    const samples = interleave(audio, from, Math.min(frames, from + CHUNK_FRAMES));
    yield new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
  }
}

export async function writeRawAudio(path: string, audio: PcmAudio): Promise<void> {
  await writeFile(path, rawChunks(audio));
}

export async function readRawAudio(path: string, channelCount: number, sampleRate: number): Promise<PcmAudio> {
  const raw = await readFile(path);
  const length = Math.floor(raw.byteLength / 4);
  // A Float32Array view needs a 4-byte-aligned offset; small Buffers may come from a shared pool at any offset.
  const samples =
    raw.byteOffset % 4 === 0
      ? new Float32Array(raw.buffer, raw.byteOffset, length)
      : new Float32Array(new Uint8Array(raw.subarray(0, length * 4)).buffer);
  return deinterleave(samples, channelCount, sampleRate);
}
