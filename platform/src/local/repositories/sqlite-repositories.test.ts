import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRepositoryContract } from '../../ports/repositories.contract.ts';
import { openDatabase } from '../sqlite/open-database.ts';
import { createSqliteRepositories } from './sqlite-repositories.ts';

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cf-repos-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

let files = 0;

describeRepositoryContract('SQLite', async (options) => {
  files += 1;
  const db = openDatabase(join(directory, `contract-${files}.db`));
  return { repositories: createSqliteRepositories(db, options), close: async () => db.close() };
});

describe('SQLite repositories: shared database file', () => {
  it('creates its tables idempotently and leaves other tables alone', async () => {
    const db = openDatabase(join(directory, 'shared.db'));
    try {
      db.exec('CREATE TABLE queue_messages (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
      db.prepare('INSERT INTO queue_messages VALUES (?, ?)').run('m-1', 'hello');
      const first = createSqliteRepositories(db);
      const { job } = await first.jobs.create({
        tenantId: 'tenant-a',
        engine: 'text',
        task: 'analyze',
        input: {},
        correlationId: 'c',
      });
      const second = createSqliteRepositories(db);
      expect(await second.jobs.get('tenant-a', job.id)).toEqual(job);
      expect(db.prepare('SELECT body FROM queue_messages').all()).toEqual([{ body: 'hello' }]);
    } finally {
      db.close();
    }
  });

  it('gives a jobs table made before jobs had steps its steps column, and its jobs no steps', async () => {
    const db = openDatabase(join(directory, 'before-steps.db'));
    try {
      db.exec(`CREATE TABLE repo_jobs (
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, engine TEXT NOT NULL, task TEXT NOT NULL, input TEXT NOT NULL,
        status TEXT NOT NULL, progress TEXT NOT NULL, error TEXT, content_ids TEXT NOT NULL, idempotency_key TEXT,
        correlation_id TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, started_at TEXT,
        finished_at TEXT) STRICT`);
      const at = '2026-03-01T09:00:00.000Z';
      db.prepare(
        `INSERT INTO repo_jobs VALUES ('job-old', 'tenant-a', 'orchestrator', 'short-video-package', '{}', 'running',
          '{"percent":0}', NULL, '[]', NULL, 'c', ?, ?, ?, NULL)`,
      ).run(at, at, at);
      const { jobs } = createSqliteRepositories(db);
      expect((await jobs.get('tenant-a', 'job-old'))?.steps).toEqual([]);
      const started = await jobs.recordStep('tenant-a', 'job-old', { kind: 'started', name: 'Script', attempt: 1, at });
      expect(started.job?.steps.map((step) => step.name)).toEqual(['Script']);
    } finally {
      db.close();
    }
  });

  it('reports and skips a queued job whose row cannot be read, and lists the others', async () => {
    const db = openDatabase(join(directory, 'corrupt-row.db'));
    try {
      const { jobs } = createSqliteRepositories(db);
      const job = (tenantId: string) => ({ tenantId, engine: 'text', task: 'analyze', input: {}, correlationId: 'c' });
      const readable = (await jobs.create(job('tenant-a'))).job;
      const corrupt = (await jobs.create(job('tenant-b'))).job;
      db.prepare("UPDATE repo_jobs SET progress = '{not json' WHERE id = ?").run(corrupt.id);
      const unreadable: { jobId: string; error: unknown }[] = [];

      const listed = await jobs.listQueuedBefore(new Date(Date.now() + 60_000), 10, {
        onUnreadable: (jobId, error) => unreadable.push({ jobId, error }),
      });

      expect(listed).toEqual([readable]);
      expect(unreadable.map((entry) => entry.jobId)).toEqual([corrupt.id]);
      expect(String(unreadable[0]?.error)).toMatch(/json/i);
    } finally {
      db.close();
    }
  });

  it('finds stranded jobs through an index of queued jobs only, and drops the older index of every job', async () => {
    const db = openDatabase(join(directory, 'queued-index.db'));
    try {
      createSqliteRepositories(db);
      db.exec('CREATE INDEX repo_jobs_by_status_age ON repo_jobs (status, updated_at)'); // as an older version left it
      const { jobs } = createSqliteRepositories(db);

      const indexes = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'repo_jobs'")
        .all();
      expect(indexes.map((row) => row['name'])).not.toContain('repo_jobs_by_status_age');
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM repo_jobs WHERE status = 'queued' AND updated_at < ? ORDER BY updated_at, id LIMIT ?",
        )
        .all('2100-01-01', 10);
      expect(plan.map((row) => String(row['detail'])).join('\n')).toMatch(/USING INDEX repo_jobs_queued_by_age/);
      const queued = (
        await jobs.create({ tenantId: 't', engine: 'text', task: 'analyze', input: {}, correlationId: 'c' })
      ).job;
      expect(await jobs.listQueuedBefore(new Date(Date.now() + 60_000), 10)).toEqual([queued]);
      await jobs.transition('t', queued.id, { to: 'running' });
      expect(await jobs.listQueuedBefore(new Date(Date.now() + 60_000), 10)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('finds long-running jobs through an index of running jobs only', () => {
    const db = openDatabase(join(directory, 'running-index.db'));
    try {
      createSqliteRepositories(db);
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM repo_jobs WHERE status = 'running' AND started_at < ? ORDER BY started_at, id LIMIT ?",
        )
        .all('2100-01-01', 10);
      expect(plan.map((row) => String(row['detail'])).join('\n')).toMatch(/USING INDEX repo_jobs_running_by_start/);
    } finally {
      db.close();
    }
  });
});
