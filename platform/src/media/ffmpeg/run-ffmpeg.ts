import { type FfmpegProgress, progressLineParser } from './ffmpeg-progress.ts';
import type { FfmpegInstallation } from './find-ffmpeg.ts';
import { type MediaToolRun, type RunMediaToolOptions, runMediaTool } from './run-media-tool.ts';

export interface RunFfmpegOptions extends Omit<RunMediaToolOptions, 'onStdoutLine'> {
  /** Receives ffmpeg's progress reports (about twice a second). */
  onProgress?: (progress: FfmpegProgress) => void;
  /** The output's expected duration, to turn progress into a fraction. */
  expectedDurationSec?: number;
}

/**
 * Runs ffmpeg non-interactively with `args` (inputs, filters, outputs). Progress comes from `-progress pipe:1`
 * rather than parsing the human-readable stats line; stderr carries only errors, kept for the error message.
 * @throws MediaToolExitError | MediaToolTimeoutError | MediaToolAbortedError
 */
export async function runFfmpeg(
  installation: FfmpegInstallation,
  args: readonly string[],
  options: RunFfmpegOptions = {},
): Promise<MediaToolRun> {
  const { onProgress, expectedDurationSec, ...run } = options;
  const fullArgs = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-y', ...args];
  if (!onProgress) return runMediaTool('ffmpeg', installation.ffmpeg.path, fullArgs, run);
  return runMediaTool('ffmpeg', installation.ffmpeg.path, ['-progress', 'pipe:1', ...fullArgs], {
    ...run,
    onStdoutLine: progressLineParser(onProgress, expectedDurationSec),
  });
}
