import { join } from 'node:path';
import { cancelJobCommandV1, jobCancelledV1 } from '@contentflow/events';
import {
  createSqliteRepositories,
  InProcessJobChangeFeed,
  type JobRepository,
  openDatabase,
  SqliteCommandQueue,
  SqliteEventBus,
} from '@contentflow/platform';
import { RecordingEventBus, type TempDatabase, tempDatabase } from '@contentflow/platform/test-support';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyCancellation } from '../jobs/apply-cancellation.ts';
import { type CancelJobDeps, cancelJob } from './cancel-job.ts';
import { ConflictError, DependencyUnavailableError, NotFoundError } from './use-case-errors.ts';

const ana = { userId: 'user-ana', tenantId: 'tenant-ana' };
let store: TempDatabase;
let jobs: JobRepository;
let commands: SqliteCommandQueue;
let jobChanges: InProcessJobChangeFeed;
let bus: RecordingEventBus;
let processorPorts: Parameters<typeof applyCancellation>[1];

beforeEach(() => {
  store = tempDatabase();
  jobs = createSqliteRepositories(store.db).jobs;
  commands = new SqliteCommandQueue(store.db, 'commands');
  jobChanges = new InProcessJobChangeFeed();
  bus = new RecordingEventBus(new SqliteEventBus({ db: store.db }));
  processorPorts = { jobs, jobChanges, events: bus };
});

afterEach(() => store.remove());

async function jobIn(status: 'queued' | 'running' | 'succeeded') {
  const { job } = await jobs.create({
    tenantId: ana.tenantId,
    engine: 'orchestrator',
    task: 'short-video-package',
    input: { topic: 'bread' },
    correlationId: 'corr-ana',
  });
  if (status !== 'queued') await jobs.transition(ana.tenantId, job.id, { to: 'running' });
  if (status === 'succeeded') await jobs.transition(ana.tenantId, job.id, { to: 'succeeded' });
  return job;
}

/** The job store of an API process that is killed right after it queued the command. */
function dyingAfterSend(): CancelJobDeps['jobs'] {
  return {
    get: (tenantId, id) => jobs.get(tenantId, id),
    transition: () => Promise.reject(new Error('process killed')),
  };
}

async function queuedCommands() {
  const messages = await commands.receive({ maxMessages: 10 });
  return messages.map((message) => cancelJobCommandV1.parse(JSON.parse(message.body)));
}

describe('cancelJob', () => {
  test('queues a CancelJob command, then marks the job cancelled and tells live readers', async () => {
    const job = await jobIn('running');
    const seen: string[] = [];
    jobChanges.subscribe(ana.tenantId, (changed) => seen.push(changed.status));

    const cancelled = await cancelJob({ jobs, commands, jobChanges }, ana, job.id, {
      reason: 'wrong topic',
      requestId: 'req-1',
    });

    expect(cancelled.status).toBe('cancelled');
    expect(seen).toEqual(['cancelled']);
    expect(await queuedCommands()).toEqual([
      {
        command: 'CancelJob',
        version: '1',
        jobId: job.id,
        tenantId: ana.tenantId,
        engine: 'orchestrator',
        task: 'short-video-package',
        cancelledBy: ana.userId,
        reason: 'wrong topic',
        correlationId: 'corr-ana',
        requestId: 'req-1',
      },
    ]);
  });

  test('a finished, unknown or other tenant’s job is refused and nothing is queued', async () => {
    const done = await jobIn('succeeded');
    const deps = { jobs, commands, jobChanges };
    await expect(cancelJob(deps, ana, done.id)).rejects.toThrow(
      new ConflictError(`job ${done.id} is already succeeded; only queued or running jobs can be cancelled`),
    );
    await expect(cancelJob(deps, ana, 'no-such-job')).rejects.toBeInstanceOf(NotFoundError);
    const mine = await jobIn('queued');
    await expect(cancelJob(deps, { userId: 'bo', tenantId: 'tenant-bo' }, mine.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await queuedCommands()).toEqual([]);
  });

  test('when the command cannot be queued the job is left as it was, so trying again works', async () => {
    const job = await jobIn('running');
    const brokenDb = openDatabase(join(store.dir, 'broken.db'));
    const broken = new SqliteCommandQueue(brokenDb, 'broken');
    brokenDb.close();

    await expect(cancelJob({ jobs, commands: broken, jobChanges }, ana, job.id)).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
    expect((await jobs.get(ana.tenantId, job.id))?.status).toBe('running');
    expect((await cancelJob({ jobs, commands, jobChanges }, ana, job.id)).status).toBe('cancelled');
  });

  test('an API that dies after queueing the command still cancels: the processor applies it and announces it', async () => {
    const job = await jobIn('running');
    await expect(cancelJob({ jobs: dyingAfterSend(), commands, jobChanges }, ana, job.id)).rejects.toThrow(
      'process killed',
    );
    expect((await jobs.get(ana.tenantId, job.id))?.status).toBe('running');

    const [command] = await queuedCommands();
    expect(await applyCancellation(command!, processorPorts)).toBe('announced');

    expect((await jobs.get(ana.tenantId, job.id))?.status).toBe('cancelled');
    expect(bus.published.map((event) => jobCancelledV1.parse(event.detail).data)).toEqual([
      { jobId: job.id, engine: 'orchestrator', task: 'short-video-package', cancelledBy: ana.userId },
    ]);
  });
});

describe('applyCancellation (the job processor)', () => {
  test('announces a job the API already cancelled, again on a redelivery, in the job’s correlation', async () => {
    const job = await jobIn('queued');
    await cancelJob({ jobs, commands, jobChanges }, ana, job.id);
    const [command] = await queuedCommands();

    expect(await applyCancellation(command!, processorPorts)).toBe('announced');
    expect(await applyCancellation(command!, processorPorts)).toBe('announced');
    expect(bus.published.map((event) => event.detailType)).toEqual(['Job.Cancelled', 'Job.Cancelled']);
    expect(jobCancelledV1.parse(bus.published[0]!.detail).metadata.correlationId).toBe('corr-ana');
  });

  test('a job that finished before the command arrived stays finished and nothing is announced', async () => {
    const job = await jobIn('running');
    await cancelJob({ jobs: dyingAfterSend(), commands, jobChanges }, ana, job.id).catch(() => undefined);
    await jobs.transition(ana.tenantId, job.id, { to: 'succeeded' });
    const [command] = await queuedCommands();

    expect(await applyCancellation(command!, processorPorts)).toBe('skipped-finished');
    expect((await jobs.get(ana.tenantId, job.id))?.status).toBe('succeeded');
    expect(bus.published).toEqual([]);
  });
});
