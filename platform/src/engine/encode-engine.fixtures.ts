import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { defineTask, jobRequestedV1 } from '@contentflow/events';
import { z } from 'zod';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import { findFfmpeg } from '../media/ffmpeg/find-ffmpeg.ts';
import { runFfmpeg } from '../media/ffmpeg/run-ffmpeg.ts';
import { withTempDirectory } from '../media/ffmpeg/temp-directory.ts';
import type { Repositories } from '../ports/repositories.port.ts';
import { RecordingEventBus } from '../test-support/recording-event-bus.ts';
import type { EngineDefinition, EngineJobPorts, JobRequestedDetail } from './run-engine-job.ts';
import { implementTask, type TaskRunContext } from './task-implementation.ts';

/**
 * A real ffmpeg encode in a temp dir, for tests of how a run is stopped. `long` takes minutes at 1080p and
 * `veryslow`, so only a cancellation or a deadline ends it within a test; `quick` is a thumbnail-sized clip.
 */
const encodeContract = defineTask({
  engine: 'video',
  task: 'test-encode',
  title: 'Test encode',
  description: 'Encodes a synthetic clip; only for testing how engine runs are stopped.',
  input: z.object({ seconds: z.number().int().min(1).max(600), speed: z.enum(['long', 'quick']) }),
  output: z.object({ bytes: z.number() }),
  produces: { kind: 'clip', mimeType: 'video/mp4' },
  example: { seconds: 1, speed: 'quick' },
});

const SETTINGS = {
  long: { size: '1920x1080', preset: 'veryslow' },
  quick: { size: '160x90', preset: 'ultrafast' },
} as const;

export interface RunningEncoder {
  pid: number;
  workDir: string;
}

export interface EncodeEngineFixture {
  engine: EngineDefinition;
  /** The context of every run the engine started, in order. */
  runs: TaskRunContext[];
  /** The fixture's running ffmpeg processes (their command line names a work directory) and their directories. */
  encoders(): RunningEncoder[];
}

/** `workPrefix` names the encode's temp dirs; one per test file keeps files running in parallel apart. */
export function encodeEngineFixture(workPrefix: string): EncodeEngineFixture {
  const runs: TaskRunContext[] = [];
  const task = implementTask(encodeContract, async (input, ctx) => {
    runs.push(ctx);
    const ffmpeg = await findFfmpeg();
    const { size, preset } = SETTINGS[input.speed];
    return withTempDirectory(workPrefix, async (dir) => {
      const file = join(dir, 'clip.mp4');
      const source = `testsrc2=size=${size}:rate=30:duration=${input.seconds}`;
      await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', source, '-c:v', 'libx264', '-preset', preset, file], {
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
  });
  return {
    engine: { engine: 'video', tasks: [task] },
    runs,
    encoders: () =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .flatMap((pid) => {
          try {
            if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(tmpdir(), workPrefix))) return [];
            return [{ pid: Number(pid), workDir: readlinkSync(`/proc/${pid}/cwd`) }];
          } catch {
            return []; // exited while we looked
          }
        }),
  };
}

export type EncodeSpeed = z.infer<typeof encodeContract.input>['speed'];

const inputFor = (speed: EncodeSpeed) => ({ seconds: speed === 'long' ? 600 : 1, speed });

/** A Job.Requested detail for the fixture's task; with `step`, as a workflow step asks for it. */
export function encodeRequest(
  tenantId: string,
  jobId: string,
  speed: EncodeSpeed,
  step?: { executionId: string; stepName: string; taskToken: string },
): JobRequestedDetail {
  return jobRequestedV1.create({
    source: step ? 'contentflow.orchestrator' : 'contentflow.jobs',
    tenantId,
    data: {
      jobId,
      engine: 'video',
      task: encodeContract.task,
      input: inputFor(speed),
      requestedBy: 'user-1',
      ...(step ? { step } : {}),
    },
  }).detail;
}

/** The job record the API would hold for a request of the fixture's task. */
export function encodeJob(tenantId: string, speed: EncodeSpeed) {
  return {
    tenantId,
    engine: 'video',
    task: encodeContract.task,
    input: inputFor(speed),
    correlationId: 'corr-1',
  };
}

export interface EngineTestPorts {
  db: DatabaseSync;
  repositories: Repositories;
  /** Every entry the run published, in order (also put on a real SQLite bus). */
  events: RecordingEventBus;
  ports: Required<EngineJobPorts>;
  close(): Promise<void>;
}

/** The local adapters an engine run uses, over a fresh temp dir; `close` removes it all. */
export async function openEngineTestPorts(): Promise<EngineTestPorts> {
  const dir = await mkdtemp(join(tmpdir(), 'cf-'));
  const db = openDatabase(join(dir, 'contentflow.db'));
  const repositories = createSqliteRepositories(db);
  const events = new RecordingEventBus(new SqliteEventBus({ db }));
  const blobs = new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' });
  return {
    db,
    repositories,
    events,
    ports: { events, content: repositories.content, blobs, jobs: repositories.jobs },
    close: async () => {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
