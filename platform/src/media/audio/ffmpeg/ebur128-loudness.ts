import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFfmpeg, runFfmpeg, withTempDirectory } from '../../ffmpeg/index.ts';
import type { LoudnessMeasurement } from '../loudness/measure-loudness.ts';
import { gainToDb } from '../pcm-audio.ts';
import { AUDIO_FFMPEG_TIMEOUT_MS } from './raw-audio-file.ts';

/** The last value of a `key=value` line: the filter's running values end as the whole file's. */
function lastValue(metadata: string, key: string): number {
  const values = [...metadata.matchAll(new RegExp(`^${key.replaceAll('.', '\\.')}=(\\S+)$`, 'gm'))];
  const value = Number(values.at(-1)?.[1]);
  if (!Number.isFinite(value)) throw new Error(`ffmpeg's ebur128 filter reported no ${key}`);
  return value;
}

/**
 * Loudness of a file measured by ffmpeg's ebur128 filter (libebur128's algorithm): an independent meter to check
 * this package's own `measureLoudness` and the files it writes, decoder included. The filter's running values
 * are written to a file with `ametadata`, since ffmpeg here only logs errors.
 */
export async function ebur128Loudness(path: string, signal?: AbortSignal): Promise<LoudnessMeasurement> {
  const ffmpeg = await findFfmpeg();
  return withTempDirectory('cf-audio-', async (dir) => {
    const metadataFile = join(dir, 'r128.txt');
    await runFfmpeg(
      ffmpeg,
      [
        '-i',
        path,
        '-af',
        `ebur128=metadata=1:peak=sample,ametadata=mode=print:file=${metadataFile}`,
        '-f',
        'null',
        '-',
      ],
      { timeoutMs: AUDIO_FFMPEG_TIMEOUT_MS, ...(signal ? { signal } : {}) },
    );
    const metadata = await readFile(metadataFile, 'utf8');
    return {
      integratedLufs: lastValue(metadata, 'lavfi.r128.I'),
      samplePeakDbfs: gainToDb(lastValue(metadata, 'lavfi.r128.sample_peak')),
    };
  });
}
