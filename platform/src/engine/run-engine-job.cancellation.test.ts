import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { defineTask, jobFailedV1, jobRequestedV1 } from '@contentflow/events';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import { findFfmpeg } from '../media/ffmpeg/find-ffmpeg.ts';
import { runFfmpeg } from '../media/ffmpeg/run-ffmpeg.ts';
import { withTempDirectory } from '../media/ffmpeg/temp-directory.ts';
import type { PutEventsEntry } from '../ports/event-bus.port.ts';
import type { Repositories } from '../ports/repositories.port.ts';
import { type EngineDefinition, type EngineJobPorts, JOB_CANCELLED, runEngineJob } from './run-engine-job.ts';
import { implementTask } from './task-implementation.ts';

const TENANT = 'tenant-a';
const WORK_PREFIX = 'cf-cancel-encode-';

/** A long real encode (minutes at this preset), so only a cancellation can end it within the test's time. */
const encodeContract = defineTask({
  engine: 'video',
  task: 'long-encode',
  title: 'Long encode',
  description: 'Encodes a synthetic clip slowly; only for testing cancellation.',
  input: z.object({ seconds: z.number().int().min(1).max(600) }),
  output: z.object({ bytes: z.number() }),
  produces: { kind: 'clip', mimeType: 'video/mp4' },
  example: { seconds: 1 },
});

let started = 0;
const encodeEngine: EngineDefinition = {
  engine: 'video',
  tasks: [
    implementTask(encodeContract, async (input, ctx) => {
      started += 1;
      const ffmpeg = await findFfmpeg();
      return withTempDirectory(WORK_PREFIX, async (dir) => {
        const file = join(dir, 'clip.mp4');
        const source = `testsrc2=size=1920x1080:rate=30:duration=${input.seconds}`;
        await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', source, '-c:v', 'libx264', '-preset', 'veryslow', file], {
          cwd: dir,
          signal: ctx.signal,
        });
        const body = await readFile(file);
        return {
          output: { bytes: body.length },
          artifacts: [{ fileName: 'clip.mp4', mimeType: 'video/mp4', body }],
          provider: 'offline',
        };
      });
    }),
  ],
};

let dir: string;
let db: DatabaseSync;
let repositories: Repositories;
let published: PutEventsEntry[];
let ports: EngineJobPorts;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cf-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  repositories = createSqliteRepositories(db);
  const bus = new SqliteEventBus({ db });
  published = [];
  started = 0;
  ports = {
    events: {
      putEvents: (entries) => {
        published.push(...entries);
        return bus.putEvents(entries);
      },
    },
    content: repositories.content,
    blobs: new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' }),
    jobs: repositories.jobs,
  };
});

afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

async function runningJob(): Promise<string> {
  const { job } = await repositories.jobs.create({
    tenantId: TENANT,
    engine: 'video',
    task: 'long-encode',
    input: { seconds: 600 },
    correlationId: 'corr-1',
  });
  await repositories.jobs.transition(TENANT, job.id, { to: 'running' });
  return job.id;
}

function requestFor(jobId: string, step?: { executionId: string; stepName: string; taskToken: string }) {
  return jobRequestedV1.create({
    source: step ? 'contentflow.orchestrator' : 'contentflow.jobs',
    tenantId: TENANT,
    data: {
      jobId,
      engine: 'video',
      task: 'long-encode',
      input: { seconds: 600 },
      requestedBy: 'user-1',
      ...(step ? { step } : {}),
    },
  }).detail;
}

/** Processes whose command line names one of this test's work directories: the encode's ffmpeg. */
function encoderPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(tmpdir(), WORK_PREFIX));
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

const leftoverWorkDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith(WORK_PREFIX));
const detailTypes = () => published.map((entry) => entry.detailType);

describe('cancelling a job while its engine works', { timeout: 60_000 }, () => {
  test('kills the running ffmpeg, removes its work directory, stores nothing and announces no outcome', async () => {
    const jobId = await runningJob();
    const running = runEngineJob(requestFor(jobId), encodeEngine, ports, undefined, { cancellationCheckMs: 100 });
    await vi.waitFor(() => expect(encoderPids()).toHaveLength(1), { timeout: 30_000, interval: 50 });
    const [pid] = encoderPids();

    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await running).toEqual({ status: 'cancelled' });
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(leftoverWorkDirs()).toEqual([]);
    expect(await repositories.content.listByJob(TENANT, jobId)).toEqual([]);
    expect((await repositories.jobs.get(TENANT, jobId))?.status).toBe('cancelled');
    expect(detailTypes()).toEqual(['Job.Started']);
  });

  test("a workflow step's token is answered with a final JOB_CANCELLED, so its execution never waits on it", async () => {
    const jobId = await runningJob();
    const step = { executionId: 'exec-1', stepName: 'Video.0', taskToken: 'token-1' };
    const running = runEngineJob(requestFor(jobId, step), encodeEngine, ports, undefined, { cancellationCheckMs: 100 });
    await vi.waitFor(() => expect(encoderPids()).toHaveLength(1), { timeout: 30_000, interval: 50 });

    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await running).toEqual({ status: 'cancelled' });
    expect(encoderPids()).toEqual([]);
    const failed = published.find((entry) => entry.detailType === 'Job.Failed');
    expect(jobFailedV1.parse(failed?.detail).data).toMatchObject({
      jobId,
      step,
      error: { code: JOB_CANCELLED, retryable: false },
    });
    expect(detailTypes()).not.toContain('Job.Completed');
  });

  test('a request for a job cancelled before it arrived does no work at all', async () => {
    const jobId = await runningJob();
    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await runEngineJob(requestFor(jobId), encodeEngine, ports)).toEqual({ status: 'cancelled' });
    expect(started).toBe(0);
    expect(published).toEqual([]);
  });
});
