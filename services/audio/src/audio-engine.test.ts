import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captionsFileSchema, type Engine, jobRequestedV1 } from '@contentflow/events';
import {
  type BusEvent,
  type EngineDefinition,
  type EngineJobPorts,
  runEngineJob,
  type SqliteEventBus,
} from '@contentflow/platform';
import { FliteSpeechSynthesizer } from '@contentflow/platform/audio';
import { type LocalEnginePorts, localEnginePorts, recordEvents } from '@contentflow/platform/test-support';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createAudioEngine } from './audio-engine.ts';
import { inspectBytes, isolatedTempDir } from './test-support/audio-test-support.ts';

/**
 * Audio jobs end to end through the engine runner with the real local adapters: SQLite content repository,
 * the SQLite event bus, blobs as files. Each job's lifecycle events are read back from the bus.
 */
let dataDir: string;
let ports: LocalEnginePorts;
let bus: SqliteEventBus;
let engine: EngineDefinition;
let temp: ReturnType<typeof isolatedTempDir>;
let events: BusEvent[];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-audio-engine-'));
  temp = isolatedTempDir();
  ({ ports, bus } = localEnginePorts(dataDir));
  events = recordEvents(bus, 'contentflow.audio');
  engine = createAudioEngine({ speech: new FliteSpeechSynthesizer(), blobs: ports.blobs });
});

afterAll(async () => {
  await bus.stop();
  temp.restore();
  rmSync(dataDir, { recursive: true, force: true });
});

let jobs = 0;
function request(task: string, input: Record<string, unknown>, engineName: Engine = 'audio') {
  jobs += 1;
  return jobRequestedV1.create({
    source: 'contentflow.jobs',
    tenantId: 'tenant-a',
    correlationId: `job-${jobs}`,
    data: { jobId: `job-${jobs}`, engine: engineName, task, input, requestedBy: 'user-1' },
  }).detail;
}

async function eventsOf(jobId: string, until: string): Promise<BusEvent[]> {
  const mine = () => events.filter((event) => (event.detail['data'] as { jobId: string }).jobId === jobId);
  await vi.waitFor(() => expect(mine().map((event) => event['detail-type'])).toContain(until), { timeout: 10_000 });
  return mine();
}

describe('the audio engine through runEngineJob', { timeout: 60_000 }, () => {
  test('a voiceover job stores the MP3 and its caption timings as content, and says who made them', async () => {
    const detail = request('voiceover', {
      text: 'One idea. A week of posts. Meet ContentFlow!',
      voice: 'en-gb-male-1',
    });
    const outcome = await runEngineJob(detail, engine, ports);
    expect(outcome.status).toBe('succeeded');

    const records = await ports.content.listByJob('tenant-a', detail.data.jobId);
    expect(records.map((record) => [record.kind, record.mimeType])).toEqual([
      ['audio/voiceover', 'audio/mpeg'],
      ['audio/voiceover', 'application/json'],
    ]);
    for (const record of records) {
      expect(record.provider).toEqual({ engine: 'audio', provider: 'offline', model: 'flite-2.3/cmu_us_awb' });
    }
    const [audio, timings] = records;
    expect(audio!.metadata).toMatchObject({ format: 'mp3', sampleRate: 16_000, voice: 'en-gb-male-1' });
    const report = await inspectBytes((await ports.blobs.get(audio!.blobKey)).body, 'voiceover.mp3');
    expect(report).toMatchObject({ codec: 'mp3', sampleRate: 16_000 });
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
    const captions = captionsFileSchema.parse(
      JSON.parse(Buffer.from((await ports.blobs.get(timings!.blobKey)).body).toString()),
    );
    expect(captions.captions.map((caption) => caption.text)).toEqual([
      'One idea.',
      'A week of posts.',
      'Meet ContentFlow!',
    ]);

    const lifecycle = await eventsOf(detail.data.jobId, 'Job.Completed');
    const types = lifecycle.map((event) => event['detail-type']);
    expect(types[0]).toBe('Job.Started');
    expect(types).toContain('Job.Progressed');
    expect(types.filter((type) => type === 'Content.Generated')).toHaveLength(2);
    const generated = lifecycle.find((event) => event['detail-type'] === 'Content.Generated')!;
    expect(generated.detail['data']).toMatchObject({
      kind: 'voiceover',
      generatedBy: { engine: 'audio', provider: 'offline', model: 'flite-2.3/cmu_us_awb' },
    });

    // The narration's blob key is all a mix job needs.
    const mix = request('mix', { narrationBlobKey: audio!.blobKey, music: { mood: 'calm' } });
    expect(await runEngineJob(mix, engine, ports)).toMatchObject({ status: 'succeeded' });
    const [mixed] = await ports.content.listByJob('tenant-a', mix.data.jobId);
    expect(mixed).toMatchObject({ kind: 'audio/mix', mimeType: 'audio/mpeg' });
    const mixReport = await inspectBytes((await ports.blobs.get(mixed!.blobKey)).body, 'mix.mp3');
    expect(mixReport.durationSec).toBeGreaterThan(report.durationSec + 2.5);
    expect(temp.leftovers()).toEqual([]);
  });

  test('a music job stores a bed of the requested length', async () => {
    const detail = request('music', { mood: 'upbeat', durationSec: 4, format: 'wav' });
    expect(await runEngineJob(detail, engine, ports)).toMatchObject({ status: 'succeeded' });
    const [bed] = await ports.content.listByJob('tenant-a', detail.data.jobId);
    expect(bed).toMatchObject({ kind: 'audio/music', mimeType: 'audio/wav' });
    expect(bed!.provider).toEqual({ engine: 'audio', provider: 'offline', model: 'contentflow-music-synth-1' });
    const report = await inspectBytes((await ports.blobs.get(bed!.blobKey)).body, 'music.wav');
    expect(report.durationSec).toBeCloseTo(4, 2);
  });

  test.each([
    ['voiceover', { text: '' }, 'text: text must not be empty or whitespace only'],
    ['voiceover', { text: 'x'.repeat(1_501) }, 'text: text must be at most 1,500 characters long'],
    ['voiceover', { text: 'Hi', voice: 'robot' }, 'voice: voice must be one of'],
    ['music', { durationSec: 0 }, 'durationSec: durationSec must be at least 1 second'],
    ['music', { durationSec: 600.5 }, 'durationSec: durationSec must be at most 600 seconds (10 minutes)'],
  ])('%s with %j fails with INPUT_INVALID and a clear message', async (task, input, message) => {
    const detail = request(task, input);
    const outcome = await runEngineJob(detail, engine, ports);
    expect(outcome).toMatchObject({
      status: 'failed',
      code: 'INPUT_INVALID',
      message: expect.stringContaining(message),
    });
    expect(await ports.content.listByJob('tenant-a', detail.data.jobId)).toEqual([]);
  });

  test('a cancelled job stops, fails as JOB_ABORTED and leaves no temporary files', async () => {
    const controller = new AbortController();
    // The real bus, which also cancels the job as soon as it reports progress: the abort lands mid-synthesis.
    const cancelling: EngineJobPorts = {
      ...ports,
      events: {
        putEvents: async (entries) => {
          const result = await bus.putEvents(entries);
          if (entries.some((entry) => entry.detailType === 'Job.Progressed')) controller.abort(new Error('cancelled'));
          return result;
        },
      },
    };
    const text = Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} of a long narration.`).join(' ');
    const detail = request('narration', { text });
    const outcome = await runEngineJob(detail, engine, cancelling, controller.signal);
    expect(outcome).toMatchObject({ status: 'failed', code: 'JOB_ABORTED' });
    expect(await ports.content.listByJob('tenant-a', detail.data.jobId)).toEqual([]);
    expect(temp.leftovers()).toEqual([]);
  });
});
