import type { DatabaseSync } from 'node:sqlite';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import type { SqliteCommandQueue } from '../local/command-queue/sqlite-command-queue.ts';
import type { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import type { BlobStore } from '../ports/blob-store.port.ts';
import type { CommandQueue } from '../ports/command-queue.port.ts';
import type { EventBus } from '../ports/event-bus.port.ts';
import type { JobChangeFeed } from '../ports/job-change-feed.port.ts';
import type { Repositories } from '../ports/repositories.port.ts';
import type { WriteDurability } from '../ports/write-durability.port.ts';
import type { BackgroundErrorListener } from './background-errors.ts';
import type { PortSelection } from './runtime-config.ts';

/** The local runtime's own objects: present when both the bus and the command queue are local. */
export interface LocalParts {
  dataDir: string;
  db: DatabaseSync;
  bus: SqliteEventBus;
  commands: SqliteCommandQueue;
  commandDeadLetters: SqliteCommandQueue;
  /** Present when blobs are local files: the API then serves their signed URLs. */
  blobs?: LocalBlobStore;
}

/** Every port a service needs, each with the adapter the configuration chose. */
export interface PlatformAdapters {
  ports: PortSelection;
  events: EventBus;
  commands: CommandQueue;
  repositories: Repositories;
  blobs: BlobStore;
  idempotency: BasePersistenceLayer;
  jobChanges: JobChangeFeed;
  /** What the API awaits before it answers: the local database commits a turn's writes together. */
  durability: WriteDurability;
  local?: LocalParts;
  /**
   * Hears what fails in the background (the local bus's deliveries, MongoDB's change stream) instead of stderr;
   * returns the function that stops listening.
   */
  onBackgroundError(listener: BackgroundErrorListener): () => void;
  close(): Promise<void>;
}
