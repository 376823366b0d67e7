import { join } from 'node:path';
import { findFfmpeg, runFfmpeg, withTempDirectory } from '../../ffmpeg/index.ts';
import type { PcmAudio } from '../pcm-audio.ts';
import { AUDIO_FFMPEG_TIMEOUT_MS, rawFormatArgs, readRawAudio, writeRawAudio } from './raw-audio-file.ts';

/** Converts audio to another sample rate with ffmpeg's resampler, e.g. 16 kHz speech up to a 44.1 kHz music bed. */
export async function resampleAudio(audio: PcmAudio, sampleRate: number, signal?: AbortSignal): Promise<PcmAudio> {
  if (audio.sampleRate === sampleRate) return audio;
  const ffmpeg = await findFfmpeg();
  const channelCount = audio.channels.length;
  return withTempDirectory('cf-audio-', async (dir) => {
    const input = join(dir, 'input.f32');
    const output = join(dir, 'output.f32');
    await writeRawAudio(input, audio);
    await runFfmpeg(
      ffmpeg,
      [
        ...rawFormatArgs(audio.sampleRate, channelCount),
        '-i',
        input,
        ...rawFormatArgs(sampleRate, channelCount),
        output,
      ],
      { timeoutMs: AUDIO_FFMPEG_TIMEOUT_MS, ...(signal ? { signal } : {}) },
    );
    return readRawAudio(output, channelCount, sampleRate);
  });
}
