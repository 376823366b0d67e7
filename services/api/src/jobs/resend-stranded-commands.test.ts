import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { startJobCommandV1 } from '@contentflow/events';
import {
  createSqliteRepositories,
  InProcessJobChangeFeed,
  type Job,
  type JobRepository,
  openDatabase,
  type SendMessageInput,
  type SendMessageResult,
  SqliteCommandQueue,
} from '@contentflow/platform';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type ResendStrandedPorts,
  resendStrandedCommands,
  START_DEADLINE_MS,
  START_FAILED,
  STRANDED_AFTER_MS,
} from './resend-stranded-commands.ts';

const TENANT = 'tenant-a';
const QUEUE = 'commands';
const NOW = new Date('2026-11-26T12:00:00Z');
const SWEEP_INTERVAL_MS = 30_000;

let dir: string;
let databases: DatabaseSync[];
/** The clock the repositories stamp jobs with, so a test can make jobs of any age. */
let clock: Date;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  databases = [];
  clock = NOW;
});

afterEach(() => {
  for (const db of databases) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One process's view of the shared data dir: its own connection, repositories, queue and change feed. */
function processPorts(queueType: typeof SqliteCommandQueue = SqliteCommandQueue) {
  const db = openDatabase(join(dir, 'contentflow.db'));
  databases.push(db);
  const jobChanges = new InProcessJobChangeFeed();
  const announced: Job[] = [];
  jobChanges.subscribe(TENANT, (job) => announced.push(job));
  const ports: ResendStrandedPorts = {
    jobs: createSqliteRepositories(db, { now: () => clock }).jobs,
    commands: new queueType(db, QUEUE),
    jobChanges,
  };
  return { ports, announced };
}

async function queuedJob(jobs: JobRepository, ageMs: number, engine = 'text'): Promise<Job> {
  clock = new Date(NOW.getTime() - ageMs);
  const { job } = await jobs.create({ tenantId: TENANT, engine, task: 'summarize', input: {}, correlationId: 'c-1' });
  clock = NOW;
  return job;
}

async function sentCommands(ports: ResendStrandedPorts) {
  const messages = await ports.commands.receive({ maxMessages: 10 });
  for (const message of messages) await ports.commands.delete(message.receiptHandle);
  return messages.map((message) => startJobCommandV1.parse(JSON.parse(message.body)));
}

describe('resendStrandedCommands', () => {
  test("re-sends a job's StartJob once it has waited past STRANDED_AFTER_MS, and leaves a fresh one alone", async () => {
    const { ports } = processPorts();
    const stranded = await queuedJob(ports.jobs, STRANDED_AFTER_MS + 60_000);
    await queuedJob(ports.jobs, 10_000);

    expect(await resendStrandedCommands(ports, { now: NOW })).toEqual({ resent: 1, failed: 0, errors: 0 });
    expect(await sentCommands(ports)).toEqual([
      expect.objectContaining({
        jobId: stranded.id,
        engine: 'text',
        task: 'summarize',
        requestId: `recovery-${stranded.id}`,
      }),
    ]);
  });

  test('re-sends at every sweep only until START_DEADLINE_MS, then fails the job with START_FAILED, once', async () => {
    const { ports, announced } = processPorts();
    const job = await queuedJob(ports.jobs, 0);
    const outcomes: string[] = [];
    for (let at = 0; at <= START_DEADLINE_MS + 3 * SWEEP_INTERVAL_MS; at += SWEEP_INTERVAL_MS) {
      const sweep = await resendStrandedCommands(ports, { now: new Date(NOW.getTime() + at) });
      outcomes.push(sweep.resent ? 'resent' : sweep.failed ? 'failed' : 'none');
      await sentCommands(ports); // the processor fails on each (it dead-letters), so the job stays queued
    }

    // Nothing until stranded, a resend per sweep, one failure at the first sweep past the deadline, then nothing.
    expect(outcomes.join(' ')).toMatch(/^(none )+(resent )+failed( none)+$/);
    expect(outcomes.indexOf('failed')).toBe(START_DEADLINE_MS / SWEEP_INTERVAL_MS);
    const failed = await ports.jobs.get(TENANT, job.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: START_FAILED } });
    expect(failed?.error?.message).toMatch(/still queued after 10 min/);
    expect(announced).toEqual([failed]);
  });

  test('a job no command can name is failed at once, and the rest of the sweep goes on', async () => {
    const { ports, announced } = processPorts();
    // Oldest first: the unstartable job comes before the good one in the batch.
    const unstartable = await queuedJob(ports.jobs, STRANDED_AFTER_MS + 120_000, 'retired-engine');
    const good = await queuedJob(ports.jobs, STRANDED_AFTER_MS + 60_000);

    expect(await resendStrandedCommands(ports, { now: NOW })).toEqual({ resent: 1, failed: 1, errors: 0 });
    expect((await sentCommands(ports)).map((command) => command.jobId)).toEqual([good.id]);
    const failed = await ports.jobs.get(TENANT, unstartable.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: START_FAILED } });
    expect(failed?.error?.message).toMatch(/^the job cannot be started: engine: /);
    expect(announced.map((job) => job.id)).toEqual([unstartable.id]);
  });

  test('an error on one job is reported, leaves it for the next sweep, and does not stop the others', async () => {
    let unavailableFor = '';
    class FlakyQueue extends SqliteCommandQueue {
      override send(input: SendMessageInput): Promise<SendMessageResult> {
        if (input.body.includes(unavailableFor)) return Promise.reject(new Error('queue unavailable'));
        return super.send(input);
      }
    }
    const { ports } = processPorts(FlakyQueue);
    const unlucky = await queuedJob(ports.jobs, STRANDED_AFTER_MS + 120_000);
    const other = await queuedJob(ports.jobs, STRANDED_AFTER_MS + 60_000);
    unavailableFor = unlucky.id;
    const reported: Array<[unknown, string]> = [];

    const sweep = await resendStrandedCommands(ports, {
      now: NOW,
      onJobError: (error, job) => reported.push([error, job.id]),
    });

    expect(sweep).toEqual({ resent: 1, failed: 0, errors: 1 });
    expect(reported).toEqual([[new Error('queue unavailable'), unlucky.id]]);
    expect((await sentCommands(ports)).map((command) => command.jobId)).toEqual([other.id]);
    expect((await ports.jobs.get(TENANT, unlucky.id))?.status).toBe('queued');
  });

  test('sweeps of several processes at once fail an overdue job once, announced once', async () => {
    const first = processPorts();
    const second = processPorts();
    const overdue = await queuedJob(first.ports.jobs, START_DEADLINE_MS + 1_000);

    const sweeps = await Promise.all([
      resendStrandedCommands(first.ports, { now: NOW }),
      resendStrandedCommands(second.ports, { now: NOW }),
    ]);

    expect(sweeps.map((sweep) => sweep.failed).sort()).toEqual([0, 1]);
    expect([...first.announced, ...second.announced].map((job) => job.id)).toEqual([overdue.id]);
    expect(await sentCommands(first.ports)).toEqual([]);
  });
});
