import { packageCompletedV1 } from '@contentflow/events';
import { createSqliteRepositories, type JobRepository, SqliteEventBus } from '@contentflow/platform';
import { RecordingEventBus, type TempDatabase, tempDatabase } from '@contentflow/platform/test-support';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { finishPackageJob } from './finish-package-job.ts';

let store: TempDatabase;
let jobs: JobRepository;
let bus: RecordingEventBus;
let ports: Parameters<typeof finishPackageJob>[1];

beforeEach(() => {
  store = tempDatabase();
  jobs = createSqliteRepositories(store.db).jobs;
  bus = new RecordingEventBus(new SqliteEventBus({ db: store.db }));
  ports = { jobs, events: bus };
});

afterEach(() => store.remove());

async function packageJob(status: 'running' | 'cancelled') {
  const { job } = await jobs.create({
    tenantId: 'tenant-1',
    engine: 'orchestrator',
    task: 'short-video-package',
    input: {},
    correlationId: 'corr-1',
  });
  await jobs.transition('tenant-1', job.id, { to: 'running' });
  if (status === 'cancelled') await jobs.transition('tenant-1', job.id, { to: 'cancelled' });
  return packageCompletedV1.create({
    tenantId: 'tenant-1',
    data: {
      jobId: job.id,
      workflow: 'short-video-package',
      status: 'complete',
      steps: [{ stepName: 'Script', status: 'succeeded', contentIds: ['content-1'] }],
    },
  }).detail;
}

describe('finishPackageJob', () => {
  test("a package finishes its running job with every step's content", async () => {
    expect(await finishPackageJob(await packageJob('running'), ports)).toBe('completed');
    expect(bus.published.map((event) => event.detailType)).toEqual(['Job.Completed']);
  });

  test('a package whose job was cancelled announces nothing: the job stays cancelled', async () => {
    expect(await finishPackageJob(await packageJob('cancelled'), ports)).toBe('cancelled');
    expect(bus.published).toEqual([]);
  });
});
