import { join } from 'node:path';
import { openDatabase } from '@contentflow/platform';
import { describe, expect } from 'vitest';
import { test } from '../test-support/api-test.ts';
import { readJob, readProblem } from '../test-support/read-body.ts';

const echo = { engine: 'text', task: 'echo', input: { text: 'hello there' } };

describe('answers only once the request’s writes are committed', () => {
  test('a 202 arrives when the job and its command are already committed for every reader', async ({ h, ana }) => {
    const other = openDatabase(join(h.dir, 'contentflow.db'));
    const committedCount = (table: string) => Number(other.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n']);

    const response = await h.send('POST', '/api/v1/jobs', echo, ana.headers);

    expect(response.status).toBe(202);
    const job = await readJob(response);
    expect(other.prepare('SELECT status FROM repo_jobs WHERE id = ?').get(job.id)?.['status']).toBe('queued');
    expect(committedCount('queue_messages')).toBe(1);
    other.close();
  });

  test('when the commit fails: 503, and neither the job nor its command was kept', async ({ h, ana }) => {
    // A deferred foreign key fails at COMMIT, as a full disk would: the request's writes all go together.
    h.db.exec(`CREATE TABLE audit_parents (id TEXT PRIMARY KEY);
      CREATE TABLE job_audit (job_id TEXT REFERENCES audit_parents (id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TRIGGER audit_jobs AFTER INSERT ON repo_jobs BEGIN INSERT INTO job_audit VALUES (NEW.id); END;`);

    const told: string[] = [];
    const unsubscribe = h.feed.subscribe(ana.tenantId, (job) => told.push(job.status));

    const response = await h.send('POST', '/api/v1/jobs', echo, ana.headers);
    unsubscribe();

    expect(response.status).toBe(503);
    const problem = await readProblem(response);
    expect(problem.detail).toBe('the database could not store the changes; nothing was kept, retry');
    expect(h.counts()).toMatchObject({ jobs: 0, commands: 0 });
    expect(told).toEqual([]); // live readers never heard of the job that was not kept
  });
});
