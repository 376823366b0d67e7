import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { packageCompletedV1 } from '@contentflow/events';
import {
  createSqliteRepositories,
  type JobRepository,
  openDatabase,
  type PutEventsEntry,
  SqliteEventBus,
} from '@contentflow/platform';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { finishPackageJob } from './finish-package-job.ts';

let dir: string;
let db: DatabaseSync;
let jobs: JobRepository;
let published: PutEventsEntry[];
let ports: Parameters<typeof finishPackageJob>[1];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  jobs = createSqliteRepositories(db).jobs;
  const bus = new SqliteEventBus({ db });
  published = [];
  ports = {
    jobs,
    events: {
      putEvents: (entries) => {
        published.push(...entries);
        return bus.putEvents(entries);
      },
    },
  };
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

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
    expect(published.map((event) => event.detailType)).toEqual(['Job.Completed']);
  });

  test('a package whose job was cancelled announces nothing: the job stays cancelled', async () => {
    expect(await finishPackageJob(await packageJob('cancelled'), ports)).toBe('cancelled');
    expect(published).toEqual([]);
  });
});
