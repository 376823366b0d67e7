import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
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

interface TransactionStatements {
  begin: StatementSync;
  commit: StatementSync;
  rollback: StatementSync;
  savepoint: StatementSync;
  release: StatementSync;
  rollbackToSavepoint: StatementSync;
}

// Prepared once per connection: `exec` compiles its SQL on every call, and a job runs ~10 of these.
const transactionStatements = new WeakMap<DatabaseSync, TransactionStatements>();

function statementsOf(db: DatabaseSync): TransactionStatements {
  let statements = transactionStatements.get(db);
  if (!statements) {
    statements = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT work'),
      release: db.prepare('RELEASE work'),
      rollbackToSavepoint: db.prepare('ROLLBACK TO work'),
    };
    transactionStatements.set(db, statements);
  }
  return statements;
}

/**
 * Runs `work` atomically: in one IMMEDIATE transaction, so the write lock is taken up front and a concurrent
 * writer waits; inside a transaction already open (a write group's), as a savepoint that commits with it.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  writeGroupOf(db)?.join();
  const statements = statementsOf(db);
  const nested = db.isTransaction;
  (nested ? statements.savepoint : statements.begin).run();
  try {
    const result = work();
    (nested ? statements.release : statements.commit).run();
    return result;
  } catch (error) {
    if (nested) {
      statements.rollbackToSavepoint.run();
      statements.release.run();
    } else {
      statements.rollback.run();
    }
    throw error;
  }
}
