import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import type { JobRepository } from '../ports/job.repository.port.ts';
import { JobCancellationWatch, JobCancelledError } from './job-cancellation-watch.ts';

let dir: string;
let db: DatabaseSync;
let jobs: JobRepository;
let jobId: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  jobs = createSqliteRepositories(db).jobs;
  const { job } = await jobs.create({ tenantId: 't', engine: 'video', task: 'short', input: {}, correlationId: 'c' });
  await jobs.transition('t', job.id, { to: 'running' });
  jobId = job.id;
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JobCancellationWatch', () => {
  test('a failed read is reported, not taken for a cancellation, and the watch keeps reading', async () => {
    let failNext = true;
    const readErrors: unknown[] = [];
    const reader = {
      get: (tenantId: string, id: string) => {
        if (!failNext) return jobs.get(tenantId, id);
        failNext = false;
        return Promise.reject(new Error('database busy'));
      },
    };
    const watch = new JobCancellationWatch(reader, {
      tenantId: 't',
      jobId,
      intervalMs: 10,
      onReadError: (error) => readErrors.push(error),
    });
    watch.start();
    await vi.waitFor(() => expect(readErrors).toEqual([new Error('database busy')]));
    expect(watch.cancelled).toBe(false);

    await jobs.transition('t', jobId, { to: 'cancelled' });
    await vi.waitFor(() => expect(watch.cancelled).toBe(true));
    watch.stop();
    expect(watch.signal.reason).toBeInstanceOf(JobCancelledError);
  });

  test('stop() ends the reads of a job that keeps running', async () => {
    let reads = 0;
    const watch = new JobCancellationWatch(
      {
        get: (tenantId, id) => {
          reads += 1;
          return jobs.get(tenantId, id);
        },
      },
      { tenantId: 't', jobId, intervalMs: 10 },
    );
    watch.start();
    await vi.waitFor(() => expect(reads).toBeGreaterThan(1));
    watch.stop();
    const count = reads;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toBe(count);
    expect(watch.cancelled).toBe(false);
  });
});
