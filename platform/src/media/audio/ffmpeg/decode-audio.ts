import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFfmpeg, MediaToolExitError, probeMedia, runFfmpeg, withTempDirectory } from '../../ffmpeg/index.ts';
import { AudioTooLongError, UndecodableAudioError } from '../audio-errors.ts';
import type { PcmAudio } from '../pcm-audio.ts';
import { AUDIO_FFMPEG_TIMEOUT_MS, rawFormatArgs, readRawAudio } from './raw-audio-file.ts';

export interface DecodeOptions {
  sampleRate: number;
  channels: 1 | 2;
  /** Longer input is refused before it is decoded, so a huge upload cannot exhaust memory. */
  maxDurationSec: number;
  signal?: AbortSignal;
}

/**
 * Decodes any audio file ffmpeg reads (WAV, MP3, AAC, Ogg…) to PCM at the given rate and channel count.
 * @throws UndecodableAudioError, AudioTooLongError
 */
export async function decodeAudio(bytes: Uint8Array, options: DecodeOptions): Promise<PcmAudio> {
  const ffmpeg = await findFfmpeg();
  const run = { timeoutMs: AUDIO_FFMPEG_TIMEOUT_MS, ...(options.signal ? { signal: options.signal } : {}) };
  return withTempDirectory('cf-audio-', async (dir) => {
    const input = join(dir, 'input');
    const output = join(dir, 'output.f32');
    await writeFile(input, bytes);
    const info = await probeMedia(ffmpeg, input, run).catch((error: unknown) => {
      throw error instanceof MediaToolExitError
        ? new UndecodableAudioError('the file is not audio ffmpeg can read', { cause: error })
        : error;
    });
    const durationSec = info.audio?.durationSec ?? info.durationSec;
    if (!info.audio || durationSec === null) throw new UndecodableAudioError('the file holds no audio stream');
    if (durationSec > options.maxDurationSec) {
      throw new AudioTooLongError(
        `the audio lasts ${durationSec.toFixed(1)} s, more than the ${options.maxDurationSec} s allowed`,
      );
    }
    await runFfmpeg(
      ffmpeg,
      ['-i', input, '-map', `0:${info.audio.index}`, ...rawFormatArgs(options.sampleRate, options.channels), output],
      run,
    );
    return readRawAudio(output, options.channels, options.sampleRate);
  });
}
