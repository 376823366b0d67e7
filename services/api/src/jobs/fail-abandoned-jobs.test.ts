import { createSqliteRepositories, InProcessJobChangeFeed, type Job, type JobRepository } from '@contentflow/platform';
import { type TempDatabase, tempDatabase } from '@contentflow/platform/test-support';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ABANDONED_AFTER_MS, failAbandonedJobs, JOB_ABANDONED } from './fail-abandoned-jobs.ts';

const TENANT = 'tenant-a';
const NOW = new Date('2026-11-27T12:00:00Z');

let database: TempDatabase;
/** The clock the repository stamps jobs with, so a test can start jobs at any time. */
let clock: Date;
let jobs: JobRepository;
let announced: string[];
let ports: Parameters<typeof failAbandonedJobs>[0];

beforeEach(() => {
  database = tempDatabase();
  clock = NOW;
  jobs = createSqliteRepositories(database.db, { now: () => clock }).jobs;
  const jobChanges = new InProcessJobChangeFeed();
  announced = [];
  jobChanges.subscribe(TENANT, (job) => announced.push(`${job.id}:${job.status}`));
  ports = { jobs, jobChanges };
});

afterEach(() => database.remove());

/** A job that started `ageMs` before NOW. */
async function runningJob(ageMs: number): Promise<Job> {
  clock = new Date(NOW.getTime() - ageMs);
  const { job } = await jobs.create({
    tenantId: TENANT,
    engine: 'text',
    task: 'analyze',
    input: {},
    correlationId: 'c',
  });
  await jobs.transition(TENANT, job.id, { to: 'running' });
  clock = NOW;
  return job;
}

describe('failAbandonedJobs', () => {
  test('fails a job still running ABANDONED_AFTER_MS after it started, announces it, and leaves younger ones', async () => {
    const abandoned = await runningJob(ABANDONED_AFTER_MS + 1);
    const young = await runningJob(ABANDONED_AFTER_MS - 60_000);

    expect(await failAbandonedJobs(ports, { now: NOW })).toEqual({ abandoned: 1, errors: 0 });

    const failed = await jobs.get(TENANT, abandoned.id);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toEqual({
      code: JOB_ABANDONED,
      message:
        'no engine finished the job within 26 h of its start, longer than any engine retries a request; submit it again',
    });
    expect((await jobs.get(TENANT, young.id))?.status).toBe('running');
    expect(announced).toEqual([`${abandoned.id}:failed`]);
  });

  test('a job that finished, or that another sweep failed first, is left as it is and not announced again', async () => {
    const finished = await runningJob(ABANDONED_AFTER_MS * 2);
    await jobs.transition(TENANT, finished.id, { to: 'succeeded' });
    const overdue = await runningJob(ABANDONED_AFTER_MS * 2);

    expect(await failAbandonedJobs(ports, { now: NOW })).toEqual({ abandoned: 1, errors: 0 });
    expect(await failAbandonedJobs(ports, { now: NOW })).toEqual({ abandoned: 0, errors: 0 });

    expect((await jobs.get(TENANT, finished.id))?.status).toBe('succeeded');
    expect(announced).toEqual([`${overdue.id}:failed`]);
  });

  test('a write that throws is reported for that job, and the sweep goes on to the others', async () => {
    const first = await runningJob(ABANDONED_AFTER_MS * 3);
    const second = await runningJob(ABANDONED_AFTER_MS * 2);
    const broken: typeof ports.jobs = {
      listRunningStartedBefore: (...args) => jobs.listRunningStartedBefore(...args),
      transition: (tenantId, id, transition) =>
        id === first.id ? Promise.reject(new Error('disk full')) : jobs.transition(tenantId, id, transition),
    };
    const errors: string[] = [];

    const sweep = await failAbandonedJobs(
      { ...ports, jobs: broken },
      { now: NOW, onJobError: (error, job) => errors.push(`${job.id}: ${(error as Error).message}`) },
    );

    expect(sweep).toEqual({ abandoned: 1, errors: 1 });
    expect(errors).toEqual([`${first.id}: disk full`]);
    expect((await jobs.get(TENANT, first.id))?.status).toBe('running');
    expect((await jobs.get(TENANT, second.id))?.status).toBe('failed');
  });
});
