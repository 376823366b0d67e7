import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Job } from '../../domain/job.ts';
import { describeJobChangeFeedContract } from '../../ports/job-change-feed.contract.ts';
import { createSqliteRepositories } from '../repositories/sqlite-repositories.ts';
import { openDatabase } from '../sqlite/open-database.ts';
import { InProcessJobChangeFeed } from './in-process-job-change-feed.ts';

describeJobChangeFeedContract('In-process', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'cf-feed-'));
  const db = openDatabase(join(directory, 'contentflow.db'));
  return {
    feed: new InProcessJobChangeFeed(),
    jobs: createSqliteRepositories(db).jobs,
    close: async () => {
      db.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

function job(tenantId: string, id: string): Job {
  const at = new Date(0).toISOString();
  return {
    id,
    tenantId,
    engine: 'text',
    task: 'analyze',
    input: {},
    status: 'running',
    progress: { percent: 10 },
    contentIds: [],
    steps: [],
    correlationId: 'c',
    createdAt: at,
    updatedAt: at,
  };
}

describe('in-process job change feed', () => {
  test('delivers a tenant only its own jobs, until it unsubscribes', () => {
    const feed = new InProcessJobChangeFeed();
    const seen: string[] = [];
    const unsubscribe = feed.subscribe('tenant-a', (changed) => seen.push(changed.id));
    feed.publish(job('tenant-a', 'a1'));
    feed.publish(job('tenant-b', 'b1'));
    unsubscribe();
    feed.publish(job('tenant-a', 'a2'));
    expect(seen).toEqual(['a1']);
  });
});
