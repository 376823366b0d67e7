import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../sqlite/open-database.ts';
import { SqliteIdempotencyPersistence } from './sqlite-idempotency-persistence.ts';

const dirs: string[] = [];
function persistence(): SqliteIdempotencyPersistence {
  const dir = mkdtempSync(join(tmpdir(), 'cf-idem-'));
  dirs.push(dir);
  return new SqliteIdempotencyPersistence(openDatabase(join(dir, 'db.sqlite')));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite idempotency persistence (Powertools)', () => {
  test('runs a function once per key and returns the stored result to repeats', async () => {
    let runs = 0;
    const work = makeIdempotent(
      async (event: { jobId: string }) => {
        runs += 1;
        return { ran: event.jobId, at: runs };
      },
      { persistenceStore: persistence(), config: new IdempotencyConfig({ eventKeyJmesPath: 'jobId' }) },
    );
    const first = await work({ jobId: 'job-1' });
    expect(await work({ jobId: 'job-1' })).toEqual(first);
    await work({ jobId: 'job-2' });
    expect(runs).toBe(2);
  });

  test('a concurrent repeat is refused while the first is in progress', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const work = makeIdempotent(
      async (_event: { jobId: string }) => {
        await gate;
        return 'done';
      },
      { persistenceStore: persistence(), config: new IdempotencyConfig({ eventKeyJmesPath: 'jobId' }) },
    );
    const first = work({ jobId: 'job-1' });
    await expect(work({ jobId: 'job-1' })).rejects.toThrow(IdempotencyAlreadyInProgressError);
    release();
    expect(await first).toBe('done');
  });

  test('a failed run deletes its record so a retry runs again', async () => {
    let attempts = 0;
    const work = makeIdempotent(
      async (_event: { jobId: string }) => {
        attempts += 1;
        if (attempts === 1) throw new Error('transient');
        return 'ok';
      },
      { persistenceStore: persistence(), config: new IdempotencyConfig({ eventKeyJmesPath: 'jobId' }) },
    );
    await expect(work({ jobId: 'j' })).rejects.toThrow('transient');
    expect(await work({ jobId: 'j' })).toBe('ok');
    expect(attempts).toBe(2);
  });
});
