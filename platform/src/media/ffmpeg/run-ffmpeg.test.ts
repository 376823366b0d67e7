import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MediaToolAbortedError, MediaToolExitError, MediaToolTimeoutError } from './ffmpeg-errors.ts';
import type { FfmpegProgress } from './ffmpeg-progress.ts';
import { findFfmpeg } from './find-ffmpeg.ts';
import { probeMedia } from './probe-media.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { runMediaTool } from './run-media-tool.ts';
import { withTempDirectory } from './temp-directory.ts';

/** Pids of live processes whose command line mentions `marker` (a unique temp path). */
function processesMentioning(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(join('/proc', entry, 'cmdline'), 'utf8').includes(marker)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** A slow but cheap run: `-re` reads the silent source at real speed, so it takes `seconds` of wall time. */
const realTimeSilence = (seconds: number, output: string): string[] => [
  '-re',
  '-f',
  'lavfi',
  '-i',
  `anullsrc=r=8000:cl=mono:d=${seconds}`,
  '-f',
  'wav',
  output,
];

describe('runFfmpeg', () => {
  test('encodes a clip, reporting progress up to done, and the result probes as encoded', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-ffmpeg-', async (dir) => {
      const output = join(dir, 'clip.mp4');
      const reports: FfmpegProgress[] = [];
      await runFfmpeg(
        ffmpeg,
        [
          ...['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25:d=2'],
          ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2'],
          ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', output],
        ],
        { onProgress: (progress) => reports.push(progress), expectedDurationSec: 2 },
      );
      expect(reports.at(-1)).toMatchObject({ done: true, fraction: 1 });
      expect(reports.at(-1)?.frame).toBe(50);

      const info = await probeMedia(ffmpeg, output);
      expect(info.video).toMatchObject({ codec: 'h264', width: 320, height: 240, fps: 25, pixelFormat: 'yuv420p' });
      expect(info.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 1 });
      expect(info.durationSec).toBeCloseTo(2, 1);
      expect(info.formatName).toContain('mp4');
    });
  });

  test('a failing run rejects with the exit code and ffmpeg’s own error line', async () => {
    const ffmpeg = await findFfmpeg();
    const run = runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', 'nullsrc', '-vf', 'no_such_filter', '-f', 'null', '-']);
    await expect(run).rejects.toBeInstanceOf(MediaToolExitError);
    await expect(run).rejects.toThrow(/ffmpeg exited with code \d+: .*no_such_filter/);
  });

  test('aborting kills the process before the promise settles', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-ffmpeg-abort-', async (dir) => {
      const output = join(dir, 'silence.wav');
      const controller = new AbortController();
      const run = runFfmpeg(ffmpeg, realTimeSilence(60, output), {
        signal: controller.signal,
        onProgress: () => controller.abort(new Error('job cancelled')),
      });
      await expect(run).rejects.toBeInstanceOf(MediaToolAbortedError);
      await expect(run).rejects.toMatchObject({ cause: new Error('job cancelled') });
      expect(processesMentioning(output)).toEqual([]);
    });
  });

  test('an already aborted signal never starts the process', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-ffmpeg-aborted-', async (dir) => {
      const output = join(dir, 'never.wav');
      const run = runFfmpeg(ffmpeg, realTimeSilence(5, output), { signal: AbortSignal.abort() });
      await expect(run).rejects.toBeInstanceOf(MediaToolAbortedError);
      expect(existsSync(output)).toBe(false);
    });
  });

  test('a run over its timeout is killed', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-ffmpeg-timeout-', async (dir) => {
      const output = join(dir, 'slow.wav');
      const run = runFfmpeg(ffmpeg, realTimeSilence(60, output), { timeoutMs: 300 });
      await expect(run).rejects.toBeInstanceOf(MediaToolTimeoutError);
      expect(processesMentioning(output)).toEqual([]);
    });
  });
});

describe('runMediaTool', () => {
  test('a process that ignores SIGTERM gets SIGKILL after the grace period', async () => {
    // A unique sleep length is the marker that finds the process in /proc.
    const marker = `30.${process.pid}${Date.now() % 1_000_000}`;
    const controller = new AbortController();
    const started = Date.now();
    // `exec` keeps the ignored SIGTERM disposition in the sleeping process itself.
    const run = runMediaTool('ffmpeg', 'sh', ['-c', `trap '' TERM; exec sleep ${marker}`], {
      signal: controller.signal,
      killGraceMs: 200,
    });
    // Wait until the shell has become `sleep`, so SIGTERM reaches the process that ignores it.
    while (!processesMentioning(marker).some((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('sleep'))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(MediaToolAbortedError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(processesMentioning(marker)).toEqual([]);
  });
});
