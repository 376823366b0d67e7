import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FfmpegInstallation, probeMedia, runFfmpeg } from '@contentflow/platform/ffmpeg';
import { expect } from 'vitest';

/** Test inputs and checks made with ffmpeg itself, so tests need nothing the engine does not. */

/** A PNG of a diagonal two-colour gradient: texture for motion, no text. */
export async function gradientPng(
  ffmpeg: FfmpegInstallation,
  file: string,
  size: { width: number; height: number },
  colors: [string, string],
): Promise<void> {
  const source = `gradients=s=${size.width}x${size.height}:c0=${colors[0]}:c1=${colors[1]}:nb_colors=2:d=1`;
  await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', source, '-frames:v', '1', file]);
}

/** A WAV tone (sine) of the given length. */
export async function toneWav(
  ffmpeg: FfmpegInstallation,
  file: string,
  seconds: number,
  frequency = 440,
): Promise<void> {
  await runFfmpeg(ffmpeg, [
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${frequency}:sample_rate=44100:duration=${seconds}`,
    file,
  ]);
}

/** Mean volume of a file's audio in dBFS (ffmpeg volumedetect); −91 is digital silence. */
export async function meanVolumeDb(ffmpeg: FfmpegInstallation, file: string): Promise<number> {
  const { stderrTail } = await runFfmpeg(ffmpeg, [
    '-loglevel',
    'info',
    '-i',
    file,
    '-af',
    'volumedetect',
    '-vn',
    '-f',
    'null',
    '-',
  ]);
  const match = /mean_volume: (-?[\d.]+) dB/.exec(stderrTail);
  if (!match?.[1]) throw new Error(`volumedetect printed no mean volume: ${stderrTail.slice(-500)}`);
  return Number(match[1]);
}

export interface RgbFrame {
  width: number;
  height: number;
  /** rgb24, row by row. */
  data: Buffer;
}

/** The decoded frame shown at `atSec`, as raw RGB (written beside the video, then read). */
export async function frameAt(
  ffmpeg: FfmpegInstallation,
  file: string,
  atSec: number,
  size: { width: number; height: number },
): Promise<RgbFrame> {
  const raw = `${file}.${Math.round(atSec * 1000)}ms.rgb`;
  await runFfmpeg(ffmpeg, [
    '-ss',
    atSec.toFixed(3),
    '-i',
    file,
    '-frames:v',
    '1',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    raw,
  ]);
  return { ...size, data: await readFile(raw) };
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Mean absolute difference per channel (0–255) between two frames inside `region`. */
export function meanDifference(a: RgbFrame, b: RgbFrame, region: Region): number {
  let total = 0;
  for (let y = region.y; y < region.y + region.height; y += 1) {
    for (let x = region.x; x < region.x + region.width; x += 1) {
      for (let c = 0; c < 3; c += 1) {
        const at = (y * a.width + x) * 3 + c;
        total += Math.abs(a.data[at]! - b.data[at]!);
      }
    }
  }
  return total / (region.width * region.height * 3);
}

/** Mean brightness (0–255) of a frame inside `region`. */
export function meanBrightness(frame: RgbFrame, region: Region): number {
  let total = 0;
  for (let y = region.y; y < region.y + region.height; y += 1) {
    for (let x = region.x; x < region.x + region.width; x += 1) {
      const at = (y * frame.width + x) * 3;
      total += frame.data[at]! + frame.data[at + 1]! + frame.data[at + 2]!;
    }
  }
  return total / (region.width * region.height * 3);
}

/**
 * Points the OS temp dir (TMPDIR) at a fresh folder for the rest of the test file, so a test can check that a
 * job left nothing behind and find its ffmpeg by working directory.
 */
export function isolatedTempDir(): { dir: string; leftovers(): string[]; restore(): void } {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'cf-video-test-'));
  process.env['TMPDIR'] = dir;
  return {
    dir,
    leftovers: () => readdirSync(dir),
    restore: () => {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Pids of running ffmpeg processes whose working directory is inside `dir`. */
export function ffmpegProcessesUnder(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (
        readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'ffmpeg' &&
        readlinkSync(`/proc/${entry}/cwd`).startsWith(dir)
      ) {
        pids.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Mean red, green and blue (0–255) of the whole picture, once per second of the video, in one ffmpeg run. */
export async function meanColourPerSecond(
  ffmpeg: FfmpegInstallation,
  file: string,
): Promise<[number, number, number][]> {
  const raw = `${file}.per-second.rgb`;
  const [width, height] = [54, 96];
  await runFfmpeg(ffmpeg, [
    '-i',
    file,
    '-vf',
    `fps=1,scale=${width}:${height}`,
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    raw,
  ]);
  const data = await readFile(raw);
  const frameBytes = width * height * 3;
  const means: [number, number, number][] = [];
  for (let start = 0; start + frameBytes <= data.length; start += frameBytes) {
    const sums = [0, 0, 0];
    for (let at = start; at < start + frameBytes; at++) sums[(at - start) % 3]! += data[at]!;
    means.push(sums.map((sum) => sum / (width * height)) as [number, number, number]);
  }
  return means;
}

/** Checks what every short promises: a 1080×1920 30 fps H.264 MP4 of 15 s, with an AAC track that is not silent. */
export async function expectShortMp4(ffmpeg: FfmpegInstallation, file: string): Promise<void> {
  const info = await probeMedia(ffmpeg, file);
  expect(info.video).toMatchObject({ codec: 'h264', width: 1080, height: 1920, fps: 30, pixelFormat: 'yuv420p' });
  expect(info.audio).toMatchObject({ codec: 'aac' });
  expect(Math.abs(info.durationSec! - 15)).toBeLessThanOrEqual(0.2);
  expect(Math.abs(info.video!.durationSec! - 15)).toBeLessThanOrEqual(0.2);
  expect(await meanVolumeDb(ffmpeg, file)).toBeGreaterThan(-35);
}
