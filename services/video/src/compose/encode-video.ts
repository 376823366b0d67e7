import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type FfmpegInstallation,
  type MediaInfo,
  probeMedia,
  requireCapabilities,
  runFfmpeg,
} from '@contentflow/platform/ffmpeg';
import type { Composition } from './composition.ts';
import { buildFfmpegJob, type EncoderSettings } from './ffmpeg-job.ts';

export interface EncodeVideoOptions {
  ffmpeg: FfmpegInstallation;
  /** Where the composition's files are and the output goes. */
  workDir: string;
  /** FONTCONFIG_FILE for libass when the composition has subtitles. */
  fontconfigFile?: string;
  signal?: AbortSignal;
  /** 0–1 of the video encoded; reports are delivered in order, and a failing one fails the encode. */
  onProgress?: (fraction: number) => Promise<void> | void;
  timeoutMs?: number;
  encoder?: EncoderSettings;
}

export interface EncodedVideo {
  /** Absolute path of the MP4. */
  file: string;
  /** The file as ffprobe reads it. */
  info: MediaInfo;
  transitions: 'xfade' | 'fade';
}

/** Encoding runs at about real time or better on two loaded cores; a run far beyond that is stuck. */
function defaultTimeoutMs(durationSec: number): number {
  return Math.max(120_000, durationSec * 8_000);
}

/**
 * Encodes a composition to MP4 in one ffmpeg run, using xfade when the build has it, and reads the result back
 * with ffprobe so callers report what was made, not what was asked for.
 * @throws FfmpegCapabilityError when the build lacks a filter or encoder with no fallback
 */
export async function encodeVideo(composition: Composition, options: EncodeVideoOptions): Promise<EncodedVideo> {
  const { ffmpeg, workDir } = options;
  const footage = composition.scenes.some((scene) => scene.footage !== undefined);
  requireCapabilities(ffmpeg, {
    filters: [
      'fps',
      'trim',
      'zoompan',
      'fade',
      'concat',
      'apad',
      ...(footage ? ['scale', 'crop', 'overlay'] : []),
      ...(composition.subtitles ? ['subtitles'] : []),
    ],
    encoders: ['libx264', ...(composition.soundtrack ? ['aac'] : [])],
  });
  const job = buildFfmpegJob(composition, {
    xfade: ffmpeg.capabilities.filters.has('xfade'),
    ...(options.encoder ? { encoder: options.encoder } : {}),
  });
  await Promise.all(job.files.map((file) => writeFile(join(workDir, file.name), file.content)));
  const { onProgress } = options;
  let reporting: Promise<void> = Promise.resolve();
  let reportFailure: unknown;
  await runFfmpeg(ffmpeg, job.args, {
    cwd: workDir,
    ...(options.fontconfigFile ? { env: { FONTCONFIG_FILE: options.fontconfigFile } } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(job.durationSec),
    expectedDurationSec: job.durationSec,
    ...(onProgress
      ? {
          onProgress: ({ fraction }) => {
            reporting = reporting
              .then(() => onProgress(fraction ?? 0))
              .catch((error: unknown) => {
                reportFailure ??= error;
              });
          },
        }
      : {}),
  });
  await reporting;
  if (reportFailure !== undefined) throw reportFailure;
  const file = join(workDir, composition.output);
  return {
    file,
    info: await probeMedia(ffmpeg, file, options.signal ? { signal: options.signal } : {}),
    transitions: job.transitions,
  };
}
