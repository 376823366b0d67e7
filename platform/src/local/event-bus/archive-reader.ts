import { existsSync } from 'node:fs';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { ArchivedEvent } from './event-archive.ts';

/** An archived event with its place in the archive, to resume reading after it. */
export interface ArchivedEventEntry extends ArchivedEvent {
  /** Increases with every event the bus accepts; pass the last one seen as `after` to read only newer events. */
  sequence: number;
}

export interface ListArchivedEventsOptions {
  /** Only events archived after the one with this sequence. */
  after?: number;
  /** Only events whose own time (the envelope's `time`) is at or after this. */
  since?: Date;
  limit: number;
}

export class NoEventArchiveError extends Error {
  override readonly name = 'NoEventArchiveError';
  readonly file: string;

  constructor(file: string) {
    super(`no local event archive at ${file}`);
    this.file = file;
  }
}

/**
 * Reads the local bus's archive from outside the running system (e.g. `contentflow events tail`). The file is
 * opened read-only, so a reader never takes the write lock the runtime needs.
 *
 * The sequence is the row id: archived events are never deleted and SQLite has a single writer, so row ids are
 * assigned in commit order and a reader that resumes after the last one it saw misses nothing.
 */
export class EventArchiveReader {
  readonly #db: DatabaseSync;
  #statements: { list: StatementSync; latest: StatementSync } | undefined;

  private constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** @throws NoEventArchiveError when the database file does not exist (the local system never ran there). */
  static open(file: string): EventArchiveReader {
    if (!existsSync(file)) throw new NoEventArchiveError(file);
    return new EventArchiveReader(new DatabaseSync(file, { readOnly: true, timeout: 5_000 }));
  }

  /** Oldest first. Empty while the bus has not created its tables yet. */
  listArchivedEvents({ after = 0, since, limit }: ListArchivedEventsOptions): ArchivedEventEntry[] {
    const statements = this.#prepare();
    if (!statements) return [];
    const rows = statements.list.all(after, since?.getTime() ?? Number.MIN_SAFE_INTEGER, limit);
    return rows.map((row) => ({ sequence: Number(row['sequence']), id: String(row['id']), body: String(row['body']) }));
  }

  /** The sequence of the newest archived event, 0 if there is none: pass it as `after` to read only newer ones. */
  latestSequence(): number {
    return Number(this.#prepare()?.latest.get()?.['latest'] ?? 0);
  }

  close(): void {
    this.#db.close();
  }

  /** The statements, once the bus has created its table (a statement cannot be prepared on a missing table). */
  #prepare(): { list: StatementSync; latest: StatementSync } | undefined {
    if (this.#statements) return this.#statements;
    const table = this.#db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bus_events'").get();
    if (!table) return undefined;
    this.#statements = {
      list: this.#db.prepare(
        'SELECT rowid AS sequence, id, body FROM bus_events WHERE rowid > ? AND event_time >= ? ORDER BY rowid LIMIT ?',
      ),
      latest: this.#db.prepare('SELECT coalesce(max(rowid), 0) AS latest FROM bus_events'),
    };
    return this.#statements;
  }
}
