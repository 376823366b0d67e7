import { JOBS_SOURCE, jobFailedV1, MAX_EVENT_ENTRY_BYTES, type StartJobCommandV1 } from '@contentflow/events';
import {
  createSqliteRepositories,
  InProcessJobChangeFeed,
  type Job,
  type JobRepository,
  SqliteEventBus,
} from '@contentflow/platform';
import { RecordingEventBus, type TempDatabase, tempDatabase } from '@contentflow/platform/test-support';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { JOB_INPUT_TOO_LARGE, startJob } from './start-job.ts';

let database: TempDatabase;
let jobs: JobRepository;
let events: RecordingEventBus;
let told: string[];
let ports: Parameters<typeof startJob>[2];

beforeEach(() => {
  database = tempDatabase();
  jobs = createSqliteRepositories(database.db).jobs;
  events = new RecordingEventBus(new SqliteEventBus({ db: database.db }));
  const jobChanges = new InProcessJobChangeFeed();
  told = [];
  jobChanges.subscribe('tenant-1', (job) => told.push(job.status));
  ports = { jobs, events, jobChanges };
});

afterEach(() => database.remove());

async function queuedJob(input: Record<string, string> = { text: 'One idea, many posts.' }): Promise<Job> {
  const { job } = await jobs.create({
    tenantId: 'tenant-1',
    engine: 'text',
    task: 'analyze',
    input,
    correlationId: 'corr-1',
  });
  return job;
}

function commandFor(job: Pick<Job, 'id' | 'tenantId'>): StartJobCommandV1 {
  return {
    command: 'StartJob',
    version: '1',
    jobId: job.id,
    tenantId: job.tenantId,
    engine: 'text',
    task: 'analyze',
    correlationId: 'corr-1',
    requestId: 'req-1',
  };
}

const requested = () => events.published.map((entry) => `${entry.source} ${entry.detailType}`);

describe('startJob: the job processor’s use case', () => {
  test('moves a queued job to running, tells live readers, and asks its engine with the job’s input', async () => {
    const job = await queuedJob();

    expect(await startJob(commandFor(job), { receiveCount: 1 }, ports)).toBe('started');

    expect((await jobs.get('tenant-1', job.id))?.status).toBe('running');
    expect(told).toEqual(['running']);
    expect(requested()).toEqual([`${JOBS_SOURCE} Job.Requested`]);
    const entry = events.published[0]!;
    const detail = typeof entry.detail === 'string' ? JSON.parse(entry.detail) : entry.detail;
    expect(detail['data']).toMatchObject({ jobId: job.id, engine: 'text', task: 'analyze', input: job.input });
    expect(detail['metadata']).toMatchObject({ tenantId: 'tenant-1', correlationId: 'corr-1' });
  });

  test('a second copy of the command finds the job running and asks nothing again', async () => {
    const job = await queuedJob();
    await startJob(commandFor(job), { receiveCount: 1 }, ports);

    expect(await startJob(commandFor(job), { receiveCount: 1 }, ports)).toBe('skipped-duplicate');

    expect(requested()).toHaveLength(1);
    expect(told).toEqual(['running']);
  });

  test('a redelivery of a running job’s command asks its engine again: the first attempt may have died', async () => {
    const job = await queuedJob();
    await startJob(commandFor(job), { receiveCount: 1 }, ports);

    expect(await startJob(commandFor(job), { receiveCount: 2 }, ports)).toBe('republished');

    expect(requested()).toHaveLength(2);
    expect(told).toEqual(['running']); // nothing changed, so nothing to tell
  });

  test('a finished job, another tenant’s job and an unknown job are left alone', async () => {
    const job = await queuedJob();
    await jobs.transition('tenant-1', job.id, { to: 'cancelled' });

    expect(await startJob(commandFor(job), { receiveCount: 3 }, ports)).toBe('skipped-finished');
    expect(await startJob(commandFor({ ...job, tenantId: 'tenant-2' }), { receiveCount: 1 }, ports)).toBe(
      'skipped-missing',
    );
    expect(await startJob(commandFor({ ...job, id: crypto.randomUUID() }), { receiveCount: 1 }, ports)).toBe(
      'skipped-missing',
    );

    expect(requested()).toEqual([]);
    expect((await jobs.get('tenant-1', job.id))?.status).toBe('cancelled');
  });

  test('a job whose input no event can carry fails for good with Job.Failed, instead of retrying forever', async () => {
    const job = await queuedJob({ text: 'x'.repeat(MAX_EVENT_ENTRY_BYTES) });

    expect(await startJob(commandFor(job), { receiveCount: 1 }, ports)).toBe('failed-input-too-large');

    expect(requested()).toEqual([`${JOBS_SOURCE} Job.Failed`]);
    const entry = events.published[0]!;
    const failed = jobFailedV1.parse(typeof entry.detail === 'string' ? JSON.parse(entry.detail) : entry.detail);
    expect(failed.data).toMatchObject({ jobId: job.id, error: { code: JOB_INPUT_TOO_LARGE, retryable: false } });
    expect(failed.data.error.message).toMatch(
      /^the job's input makes its Job.Requested v1 \d+ bytes, more than the 262144/,
    );
    // The tracker applies the Job.Failed; the job stays running until it does.
    expect((await jobs.get('tenant-1', job.id))?.status).toBe('running');
  });
});
