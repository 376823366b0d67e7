import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIO_MIME_TYPES, type AudioFormat } from '@contentflow/events';
import { findFfmpeg, runFfmpeg, withTempDirectory } from '../../ffmpeg/index.ts';
import type { PcmAudio } from '../pcm-audio.ts';
import { encodeWav } from '../wav-file.ts';
import { AUDIO_FFMPEG_TIMEOUT_MS, rawFormatArgs, writeRawAudio } from './raw-audio-file.ts';

export interface EncodedAudio {
  format: AudioFormat;
  mimeType: string;
  bytes: Uint8Array;
}

/** LAME's constant bit rate per channel: plenty for speech and music beds at these sample rates. */
function mp3KilobitsPerSecond(audio: PcmAudio): number {
  return (audio.sampleRate < 32_000 ? 48 : 96) * audio.channels.length;
}

/**
 * Encodes audio as a file. WAV is written in-process; MP3 by ffmpeg's libmp3lame (LAME is the reference MP3
 * encoder and ffmpeg is a dependency already, whereas the pure-JS LAME ports are unmaintained). ffmpeg writes a
 * file rather than a pipe so it can seek back and fill in the LAME header, which carries the exact length and the
 * encoder delay: decoders then trim the delay and the audio stays aligned with its caption timings.
 */
export async function encodeAudio(audio: PcmAudio, format: AudioFormat, signal?: AbortSignal): Promise<EncodedAudio> {
  const mimeType = AUDIO_MIME_TYPES[format];
  if (format === 'wav') return { format, mimeType, bytes: encodeWav(audio) };
  const ffmpeg = await findFfmpeg();
  const bytes = await withTempDirectory('cf-audio-', async (dir) => {
    const input = join(dir, 'input.f32');
    const output = join(dir, `output.${format}`);
    await writeRawAudio(input, audio);
    await runFfmpeg(
      ffmpeg,
      [
        ...rawFormatArgs(audio.sampleRate, audio.channels.length),
        ...[
          '-i',
          input,
          '-c:a',
          'libmp3lame',
          '-b:a',
          `${mp3KilobitsPerSecond(audio)}k`,
          '-map_metadata',
          '-1',
          output,
        ],
      ],
      { timeoutMs: AUDIO_FFMPEG_TIMEOUT_MS, ...(signal ? { signal } : {}) },
    );
    return new Uint8Array(await readFile(output));
  });
  return { format, mimeType, bytes };
}
