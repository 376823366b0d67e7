import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { withGroupCommit, writeGroupOf } from './write-group.ts';

export interface OpenDatabaseOptions {
  /**
   * Writes made in one turn of the event loop share one commit (see WriteGroup); `onError` hears a commit that
   * failed with nobody waiting for it. Off by default: a connection whose every write commits at once is simpler
   * for tools and tests that read from a second connection.
   */
  groupCommit?: { onError: (error: unknown) => void };
}

/**
 * Opens the single SQLite file that holds every piece of local durable state
 * (queue, bus deliveries, archive, repositories). WAL lets several processes share it;
 * the busy timeout makes a writer wait for another process instead of failing.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): DatabaseSync {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5_000 });
  db.exec('PRAGMA journal_mode = WAL');
  // NORMAL is durable across a process crash (kill -9) in WAL mode; only power loss can drop the last commits.
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  return options.groupCommit ? withGroupCommit(db, options.groupCommit.onError) : db;
}

/**
 * Runs `work` atomically: in one IMMEDIATE transaction, so the write lock is taken up front and a concurrent
 * writer waits; inside a transaction already open (a write group's), as a savepoint that commits with it.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  writeGroupOf(db)?.join();
  const nested = db.isTransaction;
  db.exec(nested ? 'SAVEPOINT work' : 'BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec(nested ? 'RELEASE work' : 'COMMIT');
    return result;
  } catch (error) {
    db.exec(nested ? 'ROLLBACK TO work; RELEASE work' : 'ROLLBACK');
    throw error;
  }
}
