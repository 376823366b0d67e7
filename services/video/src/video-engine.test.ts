import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobRequestedV1 } from '@contentflow/events';
import { type BusEvent, type EngineDefinition, runEngineJob, type SqliteEventBus } from '@contentflow/platform';
import { FliteSpeechSynthesizer } from '@contentflow/platform/audio';
import { type FfmpegInstallation, findFfmpeg, probeMedia } from '@contentflow/platform/ffmpeg';
import { LayoutRenderer } from '@contentflow/platform/render';
import { type LocalEnginePorts, localEnginePorts, recordEvents } from '@contentflow/platform/test-support';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createVideoEngine } from './video-engine.ts';
import {
  expectShortMp4,
  ffmpegProcessesUnder,
  frameAt,
  gradientPng,
  isolatedTempDir,
  meanDifference,
  meanVolumeDb,
} from './video-test-support.ts';

/**
 * Video jobs end to end through the engine runner with the real local adapters (SQLite content and bus, blobs as
 * files), real speech, layouts and ffmpeg. Outputs are checked as files with ffprobe.
 */
let dataDir: string;
let ports: LocalEnginePorts;
let bus: SqliteEventBus;
let engine: EngineDefinition;
let ffmpeg: FfmpegInstallation;
let temp: ReturnType<typeof isolatedTempDir>;
let events: BusEvent[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-video-engine-'));
  temp = isolatedTempDir();
  ({ ports, bus } = localEnginePorts(dataDir));
  events = recordEvents(bus, 'contentflow.video');
  ffmpeg = await findFfmpeg();
  engine = createVideoEngine({
    speech: new FliteSpeechSynthesizer(),
    layouts: new LayoutRenderer(),
    media: async () => ports.blobs,
    ffmpeg: async () => ffmpeg,
    clips: async () => undefined,
  });
  const photo = join(dataDir, 'photo.png');
  await gradientPng(ffmpeg, photo, { width: 800, height: 600 }, ['0x134e5e', '0x71b280']);
  const png = await readFile(photo);
  await ports.blobs.put('tenant-a/uploads/photo.png', png, { contentType: 'image/png' });
  await ports.blobs.put('tenant-b/uploads/photo.png', png, { contentType: 'image/png' });
  await ports.blobs.put('tenant-a/uploads/broken.png', png.subarray(0, 200), { contentType: 'image/png' });
});

afterAll(async () => {
  await bus.stop();
  temp.restore();
  rmSync(dataDir, { recursive: true, force: true });
});

let jobs = 0;
function request(task: string, input: Record<string, unknown>) {
  jobs += 1;
  return jobRequestedV1.create({
    source: 'contentflow.jobs',
    tenantId: 'tenant-a',
    correlationId: `job-${jobs}`,
    data: { jobId: `job-${jobs}`, engine: 'video', task, input, requestedBy: 'user-1' },
  }).detail;
}

function eventsOf(jobId: string): BusEvent[] {
  return events.filter((event) => (event.detail['data'] as { jobId: string }).jobId === jobId);
}

/** Stores the job's MP4 as a file again, for ffprobe and frame checks. */
async function storedVideo(jobId: string): Promise<{ file: string; metadata: Record<string, unknown> }> {
  const [record] = await ports.content.listByJob('tenant-a', jobId);
  const file = join(dataDir, `${jobId}.mp4`);
  await writeFile(file, (await ports.blobs.get(record!.blobKey)).body);
  return { file, metadata: record!.metadata };
}

const script = {
  hook: 'Three editing tricks nobody tells you about.',
  beats: [
    { text: 'Cut on the action, not after it.', headline: 'Cut on action', mediaBlobKey: 'tenant-a/uploads/photo.png' },
    { text: 'Trim every pause longer than half a second.' },
  ],
  cta: 'Follow for more editing tips.',
};

describe('video.short through runEngineJob', { timeout: 240_000 }, () => {
  test('a 15 s short is a 1080×1920 30 fps H.264/AAC MP4 of 15 s with sound and captions', async () => {
    const detail = request('short', { script, lengthSec: 15, style: 'bold', music: 'upbeat' });
    expect(await runEngineJob(detail, engine, ports)).toMatchObject({ status: 'succeeded' });

    const [record] = await ports.content.listByJob('tenant-a', detail.data.jobId);
    expect(record).toMatchObject({ kind: 'video/short', mimeType: 'video/mp4', title: script.hook });
    expect(record!.provider).toEqual({ engine: 'video', provider: 'offline', model: 'ffmpeg+flite-2.3/cmu_us_slt' });
    const { file, metadata } = await storedVideo(detail.data.jobId);
    await expectShortMp4(ffmpeg, file);
    expect(metadata).toMatchObject({
      width: 1080,
      height: 1920,
      fps: 30,
      videoCodec: 'h264',
      audioCodec: 'aac',
      hasAudio: true,
      scenes: 4,
      transitions: 'xfade',
      scriptSource: 'input',
      bytes: record!.bytes,
    });
    expect(metadata['captions']).toBeGreaterThanOrEqual(4);

    // The hook is spoken from 0.35 s: before it the caption band holds only the picture, then the caption.
    const size = { width: 1080, height: 1920 };
    const before = await frameAt(ffmpeg, file, 0.1, size);
    const during = await frameAt(ffmpeg, file, 1.2, size);
    const band = { x: 0, y: 1150, width: 1080, height: 260 };
    const top = { x: 0, y: 0, width: 1080, height: 200 };
    expect(meanDifference(before, during, band)).toBeGreaterThan(4 * meanDifference(before, during, top) + 2);

    const progress = eventsOf(detail.data.jobId).filter((event) => event['detail-type'] === 'Job.Progressed');
    await vi.waitFor(() =>
      expect(eventsOf(detail.data.jobId).map((event) => event['detail-type'])).toContain('Job.Completed'),
    );
    const percents = progress.map((event) => (event.detail['data'] as { percent: number }).percent);
    expect(percents.length).toBeGreaterThan(5);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(temp.leftovers()).toEqual([]);
  });

  test('a cancelled job kills its ffmpeg, removes its files and fails as CANCELLED', async () => {
    const controller = new AbortController();
    const detail = request('short', { topic: 'cold showers', lengthSec: 15, music: 'none' });
    const running = runEngineJob(detail, engine, ports, controller.signal);
    await vi.waitFor(() => expect(ffmpegProcessesUnder(temp.dir).length).toBeGreaterThan(0), {
      timeout: 120_000,
      interval: 50,
    });
    controller.abort(new Error('cancelled by the user'));
    expect(await running).toMatchObject({ status: 'failed', code: 'CANCELLED' });
    expect(ffmpegProcessesUnder(temp.dir)).toEqual([]);
    expect(temp.leftovers()).toEqual([]);
    expect(await ports.content.listByJob('tenant-a', detail.data.jobId)).toEqual([]);
  });
});

describe('video.explainer through runEngineJob', { timeout: 240_000 }, () => {
  test('a small explainer is a 1920×1080 MP4 as long as its narration, with chapters', async () => {
    const detail = request('explainer', {
      title: 'Why we sleep',
      scenes: [{ title: 'Memory', bullets: ['Sleep sorts the day', 'Dreams rehearse'] }],
      style: 'clean',
      music: 'none',
    });
    expect(await runEngineJob(detail, engine, ports)).toMatchObject({ status: 'succeeded' });
    const { file, metadata } = await storedVideo(detail.data.jobId);
    const info = await probeMedia(ffmpeg, file);
    expect(info.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080, fps: 30 });
    expect(info.audio?.codec).toBe('aac');
    expect(Math.abs(info.durationSec! - (metadata['durationSec'] as number))).toBeLessThanOrEqual(0.2);
    expect(await meanVolumeDb(ffmpeg, file)).toBeGreaterThan(-35);
    expect(metadata).toMatchObject({
      music: 'none',
      scenes: 4,
      chapters: [{ title: 'Why we sleep', startSec: 0 }, { title: 'Memory' }],
    });
  });
});

describe('bad input fails the job with a clear code and leaves nothing behind', { timeout: 120_000 }, () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    ['0 s', { topic: 'x', lengthSec: 0 }, 'INPUT_INVALID', 'lengthSec must be one of 15, 30, 60 (seconds)'],
    ['10 min', { topic: 'x', lengthSec: 600 }, 'INPUT_INVALID', 'lengthSec must be one of 15, 30, 60 (seconds)'],
    [
      'an unknown style',
      { topic: 'x', lengthSec: 15, style: 'vaporwave' },
      'INPUT_INVALID',
      'style must be one of: bold, clean, cinematic',
    ],
    [
      'another tenant’s media',
      { script: { ...script, beats: [{ text: 'b', mediaBlobKey: 'tenant-b/uploads/photo.png' }] }, lengthSec: 15 },
      'MEDIA_FORBIDDEN',
      'script.beats.0.mediaBlobKey: tenant-b/uploads/photo.png is not a blob of this tenant',
    ],
    [
      'missing media',
      { script: { ...script, beats: [{ text: 'b', mediaBlobKey: 'tenant-a/uploads/none.png' }] }, lengthSec: 15 },
      'MEDIA_NOT_FOUND',
      'script.beats.0.mediaBlobKey: no blob at tenant-a/uploads/none.png',
    ],
    [
      'a broken image',
      { script: { ...script, beats: [{ text: 'b', mediaBlobKey: 'tenant-a/uploads/broken.png' }] }, lengthSec: 15 },
      'MEDIA_INVALID',
      'script.beats.0.mediaBlobKey: the png image is damaged',
    ],
    [
      'a script too long for 15 s',
      { script: { ...script, beats: Array(3).fill({ text: 'word '.repeat(20).trim() }) }, lengthSec: 15 },
      'NARRATION_TOO_LONG',
      'but the video has 15 s; shorten the script or choose a longer video',
    ],
  ])('%s', async (_case, input, code, message) => {
    const outcome = await runEngineJob(request('short', input), engine, ports);
    expect(outcome).toMatchObject({ status: 'failed', code });
    expect(outcome.status === 'failed' && outcome.message).toContain(message);
    expect(temp.leftovers()).toEqual([]);
  });
});
