import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import { SqliteCommandQueue } from '../local/command-queue/sqlite-command-queue.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { SqliteIdempotencyPersistence } from '../local/idempotency/sqlite-idempotency-persistence.ts';
import { InProcessJobChangeFeed } from '../local/job-change-feed/in-process-job-change-feed.ts';
import { createSqliteRepositories } from '../local/repositories/sqlite-repositories.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import { writeGroupOf } from '../local/sqlite/write-group.ts';
import { DURABLE_ON_RETURN } from '../ports/write-durability.port.ts';
import { BackgroundErrors } from './background-errors.ts';
import type { LocalParts, PlatformAdapters } from './platform-adapter-set.ts';
import { type RuntimeConfig, readRuntimeConfig } from './runtime-config.ts';

/** Receives after which a command goes to the dead-letter queue; the processor is idempotent, so retries are safe. */
export const COMMAND_MAX_RECEIVE_COUNT = 5;
/** How soon another process (or this one, restarted) may retry a delivery whose handler died with its process. */
const LOCAL_BUS_LEASE_MS = 6_000;

async function createAdapters(config: RuntimeConfig): Promise<PlatformAdapters> {
  const { ports } = config;
  const usesAws = Object.values(ports).some((choice) => !['local', 'sqlite'].includes(choice));
  // Imported only when an AWS adapter is chosen, so a local run never loads the AWS SDKs or the MongoDB driver.
  const aws = usesAws ? await import('./aws-adapters.ts') : undefined;
  const awsAdapters = () => {
    if (!aws) throw new Error('unreachable: AWS adapters requested without being loaded');
    return aws;
  };
  const closers: Array<() => Promise<void> | void> = [];
  const backgroundErrors = new BackgroundErrors();
  let db: DatabaseSync | undefined;
  const sqlite = () => {
    db ??= openDatabase(
      join(config.dataDir, 'contentflow.db'),
      config.sqliteGroupCommit ? { groupCommit: { onError: backgroundErrors.reporter('database commit') } } : {},
    );
    return db;
  };

  // Leases are renewed while a handler runs, so a short lease only shortens recovery after a crash.
  const bus =
    ports.eventBus === 'local'
      ? new SqliteEventBus({
          db: sqlite(),
          leaseMs: LOCAL_BUS_LEASE_MS,
          onError: backgroundErrors.reporter('event bus'),
        })
      : undefined;
  if (bus) closers.push(() => bus.stop());
  let local: LocalParts | undefined;
  let commands: PlatformAdapters['commands'];
  if (ports.commandQueue === 'local') {
    const commandDeadLetters = new SqliteCommandQueue(sqlite(), 'commands-dlq');
    const localCommands = new SqliteCommandQueue(sqlite(), 'commands', {
      redrivePolicy: { deadLetterQueue: commandDeadLetters.name, maxReceiveCount: COMMAND_MAX_RECEIVE_COUNT },
    });
    commands = localCommands;
    if (bus) local = { dataDir: config.dataDir, db: sqlite(), bus, commands: localCommands, commandDeadLetters };
  } else {
    commands = awsAdapters().sqsCommandQueue(config);
  }
  let repositories: PlatformAdapters['repositories'];
  let jobChanges: PlatformAdapters['jobChanges'];
  if (ports.database === 'sqlite') {
    repositories = createSqliteRepositories(sqlite());
    // Every job writer (tracker, processor, API) runs in this process, so an in-process feed hears every change;
    // a change is told once committed.
    const group = writeGroupOf(sqlite());
    jobChanges = new InProcessJobChangeFeed(group && { afterCommit: (listener) => group.afterCommit(listener) });
  } else {
    // Writers may be other processes (on AWS, the tracker Lambdas): the feed follows the jobs collection itself.
    const mongo = await awsAdapters().mongoAdapters(config, backgroundErrors.reporter('job change feed'));
    repositories = mongo.repositories;
    jobChanges = mongo.jobChanges;
    closers.push(mongo.close);
  }
  let blobs: PlatformAdapters['blobs'];
  if (ports.blobStore === 'local') {
    const localBlobs = new LocalBlobStore({ dataDir: config.dataDir, baseUrl: config.publicUrl });
    blobs = localBlobs;
    if (local) local.blobs = localBlobs;
  } else {
    blobs = awsAdapters().s3BlobStore(config);
  }
  closers.push(() => db?.close());

  return {
    ports,
    events: bus ?? awsAdapters().eventBridgeBus(config),
    commands,
    repositories,
    blobs,
    idempotency:
      ports.idempotency === 'sqlite'
        ? new SqliteIdempotencyPersistence(sqlite())
        : awsAdapters().dynamoIdempotency(config),
    jobChanges,
    durability: (db && writeGroupOf(db)) ?? DURABLE_ON_RETURN,
    ...(local ? { local } : {}),
    onBackgroundError: (listener) => backgroundErrors.listen(listener),
    close: async () => {
      for (const close of closers) await close();
    },
  };
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
    adapters = createAdapters(config);
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
