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
});
