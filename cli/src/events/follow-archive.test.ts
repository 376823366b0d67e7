import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { EventArchiveReader, openDatabase, SqliteEventBus } from '@contentflow/platform';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { followArchive } from './follow-archive.ts';

let dir = '';
let db: DatabaseSync;
let bus: SqliteEventBus;
let reader: EventArchiveReader;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  bus = new SqliteEventBus({ db });
  reader = EventArchiveReader.open(join(dir, 'contentflow.db'));
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function publish(n: number, time?: Date): Promise<void> {
  const result = await bus.putEvents([
    { source: 'contentflow.test', detailType: 'Thing.Happened', detail: { n }, ...(time ? { time } : {}) },
  ]);
  expect(result.failedEntryCount).toBe(0);
}

/** Follows in the background, collecting the `n` of each event, until stopped. */
function follow(options: { since?: Date; batchSize?: number }) {
  const stop = new AbortController();
  const seen: number[] = [];
  const done = (async () => {
    const events = followArchive(reader, { signal: stop.signal, pollIntervalMs: 10, ...options });
    for await (const entry of events) seen.push(JSON.parse(entry.body).detail.n);
  })();
  return { seen, stop: () => stop.abort(), done };
}

describe('followArchive', () => {
  test('without since: only the events archived from now on, as they come', async () => {
    await publish(1);
    const tail = follow({});
    await publish(2);
    await publish(3);
    await vi.waitFor(() => expect(tail.seen).toEqual([2, 3]));
    tail.stop();
    await tail.done;
  });

  test("with since: the archived events from that time on (the event's own time), then the new ones", async () => {
    await publish(1, new Date('2026-11-02T09:00:00Z'));
    await publish(2, new Date('2026-11-02T10:00:00Z'));
    const tail = follow({ since: new Date('2026-11-02T10:00:00Z'), batchSize: 1 });
    await vi.waitFor(() => expect(tail.seen).toEqual([2]));
    await publish(3);
    await vi.waitFor(() => expect(tail.seen).toEqual([2, 3]));
    tail.stop();
    await tail.done;
  });

  test('ends as soon as it is stopped', async () => {
    const tail = follow({});
    tail.stop();
    await tail.done;
    await publish(1);
    expect(tail.seen).toEqual([]);
  });
});
