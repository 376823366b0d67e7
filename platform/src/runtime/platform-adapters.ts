import { join } from 'node:path';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import { SqliteCommandQueue } from '../local/command-queue/sqlite-command-queue.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { SqliteIdempotencyPersistence } from '../local/idempotency/sqlite-idempotency-persistence.ts';
import { InProcessJobChangeFeed } from '../local/job-change-feed/in-process-job-change-feed.ts';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import type { PlatformAdapters } from './platform-adapter-set.ts';
import { type RuntimeConfig, readRuntimeConfig } from './runtime-config.ts';

/** Receives after which a command goes to the dead-letter queue; the processor is idempotent, so retries are safe. */
export const COMMAND_MAX_RECEIVE_COUNT = 5;

function createLocalAdapters(config: Extract<RuntimeConfig, { mode: 'local' }>): PlatformAdapters {
  const db = openDatabase(join(config.dataDir, 'contentflow.db'));
  const commandDeadLetters = new SqliteCommandQueue(db, 'commands-dlq');
  const commands = new SqliteCommandQueue(db, 'commands', {
    redrivePolicy: { deadLetterQueue: commandDeadLetters.name, maxReceiveCount: COMMAND_MAX_RECEIVE_COUNT },
  });
  const bus = new SqliteEventBus({ db });
  const blobs = new LocalBlobStore({ dataDir: config.dataDir, baseUrl: config.publicUrl });
  return {
    mode: 'local',
    events: bus,
    commands,
    repositories: createSqliteRepositories(db),
    blobs,
    idempotency: new SqliteIdempotencyPersistence(db),
    jobChanges: new InProcessJobChangeFeed(),
    local: { dataDir: config.dataDir, db, bus, commands, commandDeadLetters, blobs },
    close: async () => {
      await bus.stop();
      db.close();
    },
  };
}

async function createAwsAdapters(config: Extract<RuntimeConfig, { mode: 'aws' }>): Promise<PlatformAdapters> {
  // Imported here so the local runtime never loads the AWS SDKs or the MongoDB driver.
  const { createAwsAdapters: create } = await import('./aws-adapters.ts');
  return create(config);
}

const cache = new Map<string, Promise<PlatformAdapters>>();

/**
 * The process's adapters, created once per configuration: every handler in a process shares one database
 * connection, one bus and one queue, which is what lets the local bus wake its dispatcher in-process.
 */
export function platformAdapters(env: NodeJS.ProcessEnv = process.env): Promise<PlatformAdapters> {
  const config = readRuntimeConfig(env);
  const key = JSON.stringify(config);
  let adapters = cache.get(key);
  if (!adapters) {
    adapters = config.mode === 'local' ? Promise.resolve(createLocalAdapters(config)) : createAwsAdapters(config);
    cache.set(key, adapters);
  }
  return adapters;
}

/** Closes and forgets every cached adapter set (tests and graceful shutdown). */
export async function closePlatformAdapters(): Promise<void> {
  const all = [...cache.values()];
  cache.clear();
  for (const adapters of all) await (await adapters).close();
}
