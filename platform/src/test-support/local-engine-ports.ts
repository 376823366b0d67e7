import { join } from 'node:path';
import type { EngineJobPorts } from '../engine/run-engine-job.ts';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import type { BusEvent } from '../local/event-bus/bus-event.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';

export interface LocalEnginePorts extends EngineJobPorts {
  blobs: LocalBlobStore;
}

/**
 * What runEngineJob needs, on the local adapters over `dataDir`: SQLite content and event bus (polled every 20 ms,
 * so tests see deliveries quickly), blobs as files. Stop `bus` when done.
 */
export function localEnginePorts(dataDir: string): { ports: LocalEnginePorts; bus: SqliteEventBus } {
  const db = openDatabase(join(dataDir, 'contentflow.db'));
  const bus = new SqliteEventBus({ db, pollIntervalMs: 20 });
  const blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost' });
  return { ports: { events: bus, content: createSqliteRepositories(db).content, blobs }, bus };
}

/** Every event from `source` the bus delivers from now on, in delivery order; starts the bus. */
export function recordEvents(bus: SqliteEventBus, source: string): BusEvent[] {
  const events: BusEvent[] = [];
  bus.registerRule({
    name: `${source}-recorder`,
    eventPattern: { source: [source] },
    targets: [{ id: 'recorder', handler: async (event) => void events.push(event) }],
  });
  bus.start();
  return events;
}
