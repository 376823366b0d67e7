import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { afterEach, describe, expect, test } from 'vitest';
import { SqliteCommandQueue } from '../command-queue/sqlite-command-queue.ts';
import { SqliteEventBus } from '../event-bus/sqlite-event-bus.ts';
import { SqliteIdempotencyPersistence } from '../idempotency/sqlite-idempotency-persistence.ts';
import { openDatabase } from '../sqlite/open-database.ts';
import { claimDataDir, DataDirInUseError } from './data-dir-owner.ts';
import { releaseDeadClaims } from './release-dead-claims.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-recovery-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('releasing what a dead process held', () => {
  test('in-flight messages, leased deliveries and in-progress runs are handed back; nothing else moves', async () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    const queue = new SqliteCommandQueue(db, 'commands', { visibilityTimeoutSeconds: 300 });
    await queue.send({ body: 'in flight' });
    await queue.send({ body: 'delayed', delaySeconds: 600 });
    expect(await queue.receive({ maxMessages: 10 })).toHaveLength(1);

    const bus = new SqliteEventBus({ db, leaseMs: 300_000 });
    let claimed = false;
    bus.registerRule({
      name: 'hangs',
      eventPattern: { source: ['test'] },
      targets: [
        {
          id: 't',
          handler: () => {
            claimed = true;
            return new Promise<void>(() => {});
          },
        },
      ],
    });
    bus.start();
    await bus.putEvents([{ source: 'test', detailType: 'Thing.Happened', detail: {} }]);
    while (!claimed) await sleep(10);

    const persistence = new SqliteIdempotencyPersistence(db);
    const run = makeIdempotent(async (_: { id: string }) => new Promise<never>(() => {}), {
      persistenceStore: persistence,
      config: new IdempotencyConfig({ eventKeyJmesPath: 'id' }),
    });
    void run({ id: 'job-1' });
    await sleep(50);

    expect(releaseDeadClaims(db)).toEqual({ inFlightMessages: 1, leasedDeliveries: 1, inProgressRecords: 1 });
    const again = await queue.receive({ maxMessages: 10 });
    expect(again.map((message) => message.body)).toEqual(['in flight']);
    expect(again[0]?.approximateReceiveCount).toBe(2);
    // The message received again is in flight once more; the released lease and record stay released.
    expect(releaseDeadClaims(db)).toEqual({ inFlightMessages: 1, leasedDeliveries: 0, inProgressRecords: 0 });
  });

  test('an empty database has nothing to release', () => {
    expect(releaseDeadClaims(openDatabase(join(tempDir(), 'empty.sqlite')))).toEqual({
      inFlightMessages: 0,
      leasedDeliveries: 0,
      inProgressRecords: 0,
    });
  });
});

describe('owning a data dir', () => {
  test('a second live owner is refused; a dead owner is taken over and reported', () => {
    const dir = tempDir();
    const first = claimDataDir(dir);
    expect(first.previousOwnerDied).toBe(false);
    // This process is alive: pretend the file was written by another live node process (the test runner's parent).
    writeFileSync(join(dir, 'system.pid'), `${process.ppid}\n`);
    expect(() => claimDataDir(dir)).toThrow(DataDirInUseError);
    // A pid that cannot exist stands for an owner killed with -9.
    writeFileSync(join(dir, 'system.pid'), '4194999\n');
    expect(claimDataDir(dir).previousOwnerDied).toBe(true);
    first.release();
    expect(claimDataDir(dir).previousOwnerDied).toBe(false);
  });
});
