import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../local/sqlite/open-database.ts';

export interface TempDatabase {
  db: DatabaseSync;
  /** Its directory, for any other file a test needs. */
  dir: string;
  /** Closes the database and deletes its directory. */
  remove(): void;
}

/** A SQLite database, opened as the local adapters open theirs, in a fresh temp directory of its own. */
export function tempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'cf-'));
  const db = openDatabase(join(dir, 'contentflow.db'));
  return {
    db,
    dir,
    remove() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
