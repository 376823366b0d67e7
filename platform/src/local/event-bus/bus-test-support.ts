import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import type { PutEventsEntry } from '../../ports/event-bus.port.ts';
import { openDatabase } from '../sqlite/open-database.ts';
import type { BusEvent } from './bus-event.ts';
import { SqliteEventBus, type SqliteEventBusOptions } from './sqlite-event-bus.ts';

/** Test helpers for the bus: a fresh SQLite file per test, and buses that are stopped and closed after it. */

export interface BusFixture {
  /** A bus on its own connection to the test's file, as another process would have. */
  bus(options?: Omit<SqliteEventBusOptions, 'db'>): SqliteEventBus;
  /** Another connection to the test's file. */
  open(): DatabaseSync;
  file(): string;
  /** The test's temporary directory, holding the file. */
  dir(): string;
}

export function useBusFixture(): BusFixture {
  let dir = '';
  const buses: SqliteEventBus[] = [];
  const connections: DatabaseSync[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cf-bus-'));
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.stop({ timeoutMs: 1_000 })));
    for (const db of connections.splice(0)) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = () => join(dir, 'contentflow.db');
  const open = () => {
    const db = openDatabase(file());
    connections.push(db);
    return db;
  };
  return {
    bus(options = {}) {
      const bus = new SqliteEventBus({ db: open(), pollIntervalMs: 20, ...options });
      buses.push(bus);
      return bus;
    },
    open,
    file,
    dir: () => dir,
  };
}

export function testEntry(n: number, overrides: Partial<PutEventsEntry> = {}): PutEventsEntry {
  return { source: 'contentflow.test', detailType: 'Thing.Happened', detail: { n }, ...overrides };
}

/** A handler that records what it receives. */
export function recordingHandler() {
  const events: BusEvent[] = [];
  return {
    events,
    handler: async (event: BusEvent) => {
      events.push(event);
    },
  };
}

/** Resolves with the event id of every accepted entry; fails the test if any entry failed. */
export async function putAll(bus: SqliteEventBus, entries: PutEventsEntry[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < entries.length; start += 10) {
    const result = await bus.putEvents(entries.slice(start, start + 10));
    for (const entry of result.entries) {
      if (!('eventId' in entry)) throw new Error(`putEvents failed: ${entry.errorCode} ${entry.errorMessage}`);
      ids.push(entry.eventId);
    }
  }
  return ids;
}
