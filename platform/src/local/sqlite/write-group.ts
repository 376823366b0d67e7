import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Group commit for one connection. The first write of a turn of the event loop opens a transaction; every write
 * made until the turn's check phase (every handler, request and claim that ran meanwhile) joins it; one COMMIT
 * then makes them durable together. Each commit writes every page it touched to the WAL, and a job makes ~20 small
 * writes in ~10 handlers: sharing commits writes each page once per turn instead of once per write (BENCHMARKS.md,
 * session 5: 3.1 commits per job, write calls per job 167 → 101, bytes written 344 → 208 KB).
 *
 * Nothing outside the database may learn of a write before its commit: an HTTP response waits for
 * {@link WriteGroup.durable}, a live notification goes through {@link WriteGroup.afterCommit}. A crash before the
 * commit then loses only work nobody was told about, which at-least-once delivery does again.
 */
export class WriteGroup {
  readonly #db: DatabaseSync;
  readonly #begin: StatementSync;
  readonly #commit: StatementSync;
  readonly #rollback: StatementSync;
  readonly #onError: (error: unknown) => void;
  #open = false;
  #waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  #notify: Array<() => void> = [];

  constructor(db: DatabaseSync, onError: (error: unknown) => void) {
    this.#db = db;
    this.#begin = db.prepare('BEGIN IMMEDIATE');
    this.#commit = db.prepare('COMMIT');
    this.#rollback = db.prepare('ROLLBACK');
    this.#onError = onError;
    commitAtExit(this);
  }

  /** Call before a write: joins the open group, or opens one that commits when this turn's I/O is handled. */
  join(): void {
    if (this.#open || this.#db.isTransaction) return;
    this.#begin.run();
    this.#open = true;
    setImmediate(() => this.commit());
  }

  /** Commits the open group now (also at the end of the turn, at exit, and before the connection closes). */
  commit(): void {
    if (!this.#open) return;
    this.#open = false;
    const waiting = this.#waiting;
    const notify = this.#notify;
    this.#waiting = [];
    this.#notify = [];
    try {
      this.#commit.run();
    } catch (error) {
      // E.g. a full disk: every write of the group is undone, and whoever waits for it hears why.
      if (this.#db.isTransaction) this.#rollback.run();
      for (const { reject } of waiting) reject(error);
      if (waiting.length === 0) this.#onError(error);
      return;
    }
    for (const { resolve } of waiting) resolve();
    for (const listener of notify) listener();
  }

  /** Resolves once what this connection has written so far is committed; rejects if that commit failed. */
  durable(): Promise<void> {
    if (!this.#open) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /** Runs `listener` once what has been written so far is committed (now, when nothing is pending); never if not. */
  afterCommit(listener: () => void): void {
    if (this.#open) this.#notify.push(listener);
    else listener();
  }

  /** Commits what is pending and stops committing at exit; the connection is closed next. */
  close(): void {
    this.commit();
    liveGroups.delete(this);
  }
}

const liveGroups = new Set<WriteGroup>();
let exitHooked = false;

/** `process.exit()` skips the check phase; what was written before it is still committed. */
function commitAtExit(group: WriteGroup): void {
  liveGroups.add(group);
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const live of liveGroups) live.commit();
  });
}

const groups = new WeakMap<DatabaseSync, WriteGroup>();

/** The write group of a connection opened with `groupCommit`, if any. */
export function writeGroupOf(db: DatabaseSync): WriteGroup | undefined {
  return groups.get(db);
}

/** A statement that changes rows; only these open a group (a read on its own never waits for a commit). */
const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * The connection with group commit: every statement that writes joins the group before it runs, so stores keep
 * their plain `prepare`/`run` code and are grouped all the same. `close` commits first.
 */
export function withGroupCommit(db: DatabaseSync, onError: (error: unknown) => void): DatabaseSync {
  const group = new WriteGroup(db, onError);
  const grouped = forwarding(db, {
    prepare: (sql: string) => {
      const statement = db.prepare(sql);
      return WRITE.test(sql) ? joiningStatement(statement, group) : statement;
    },
    close: () => {
      group.close();
      db.close();
    },
  });
  groups.set(grouped, group);
  return grouped;
}

function joiningStatement(statement: StatementSync, group: WriteGroup): StatementSync {
  const joining = (run: (...parameters: never[]) => unknown) => {
    const original = run.bind(statement);
    return (...parameters: never[]) => {
      group.join();
      return original(...parameters);
    };
  };
  return forwarding(statement, {
    run: joining(statement.run),
    get: joining(statement.get),
    all: joining(statement.all),
    iterate: joining(statement.iterate),
  });
}

/**
 * `target` with some methods replaced; everything else reaches the native object (bound once: node:sqlite's
 * methods and getters check their receiver).
 */
function forwarding<T extends object>(target: T, replaced: Record<string, unknown>): T {
  const bound = new Map<PropertyKey, unknown>(Object.entries(replaced));
  return new Proxy(target, {
    get(object, property) {
      const known = bound.get(property);
      if (known !== undefined) return known;
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const method = value.bind(object);
      bound.set(property, method);
      return method;
    },
  });
}
