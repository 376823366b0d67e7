import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { inTransaction, openDatabase } from './open-database.ts';
import { writeGroupOf } from './write-group.ts';

const dirs: string[] = [];
const opened: DatabaseSync[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) if (db.isOpen) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A grouped connection and a plain one on the same file: what the second sees is what is committed. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'cf-group-'));
  dirs.push(dir);
  const file = join(dir, 'contentflow.db');
  const errors: unknown[] = [];
  const db = openDatabase(file, { groupCommit: { onError: (error) => errors.push(error) } });
  const other = openDatabase(file);
  opened.push(db, other);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  const committed = () =>
    other
      .prepare('SELECT text FROM notes ORDER BY id')
      .all()
      .map((row) => row['text']);
  return { db, file, errors, insert, committed, group: writeGroupOf(db)! };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteGroup: group commit on one connection', () => {
  it('commits the writes of one turn of the event loop together, at its end', async () => {
    const { insert, committed, db } = fixture();

    insert.run('a');
    await Promise.resolve(); // a microtask later is the same turn
    insert.run('b');

    expect(committed()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()?.['n']).toBe(2); // its own connection sees them
    await nextTurn();
    expect(committed()).toEqual(['a', 'b']);
    expect(db.isTransaction).toBe(false);
  });

  it('resolves durable() once the writes are committed, and at once when nothing is pending', async () => {
    const { insert, committed, group, db } = fixture();
    await group.durable();
    db.prepare('SELECT * FROM notes').all();
    expect(db.isTransaction).toBe(false); // a read opens no group

    insert.run('a');
    await group.durable();

    expect(committed()).toEqual(['a']);
  });

  it('tells afterCommit listeners once the commit is done, in order, and at once when nothing is pending', async () => {
    const { insert, committed, group } = fixture();
    const heard: string[] = [];
    group.afterCommit(() => heard.push('idle'));
    expect(heard).toEqual(['idle']);

    insert.run('a');
    group.afterCommit(() => heard.push(`first saw ${committed().join()}`));
    group.afterCommit(() => heard.push('second'));
    expect(heard).toEqual(['idle']);
    await nextTurn();

    expect(heard).toEqual(['idle', 'first saw a', 'second']);
  });

  it('runs inTransaction as a savepoint of the group: a failed one undoes its own writes only', async () => {
    const { insert, committed, db } = fixture();
    insert.run('kept before');

    expect(() =>
      inTransaction(db, () => {
        insert.run('undone');
        throw new Error('the work failed');
      }),
    ).toThrow('the work failed');
    inTransaction(db, () => insert.run('kept inside'));
    insert.run('kept after');
    await nextTurn();

    expect(committed()).toEqual(['kept before', 'kept inside', 'kept after']);
  });

  it('opens the group for an inTransaction that comes first, so later plain writes commit with it', async () => {
    const { insert, committed, db } = fixture();

    inTransaction(db, () => insert.run('a'));
    insert.run('b');
    expect(committed()).toEqual([]);
    await nextTurn();

    expect(committed()).toEqual(['a', 'b']);
  });

  it('undoes the whole group when its commit fails, rejects durable() and tells no listener', async () => {
    const { db, insert, committed, group, errors } = fixture();
    // A deferred foreign key is checked at COMMIT: a real commit that fails.
    db.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
      CREATE TABLE children (parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)`);
    const orphan = db.prepare('INSERT INTO children (parent) VALUES (42)');
    const heard: string[] = [];

    insert.run('lost with the group');
    orphan.run();
    group.afterCommit(() => heard.push('told'));
    const durable = group.durable();
    await expect(durable).rejects.toThrow(/FOREIGN KEY constraint failed/);

    expect(committed()).toEqual([]);
    expect(heard).toEqual([]);
    expect(errors).toEqual([]); // someone waited for it, so nobody else needs telling
    expect(db.isTransaction).toBe(false);
    insert.run('the next group is fine');
    await group.durable();
    expect(committed()).toEqual(['the next group is fine']);
  });

  it('reports a failed commit nobody waited for to onError', async () => {
    const { db, errors } = fixture();
    db.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
      CREATE TABLE children (parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)`);

    db.prepare('INSERT INTO children (parent) VALUES (42)').run();
    await nextTurn();

    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/FOREIGN KEY/) })]);
  });

  it('commits what is pending when the connection closes', () => {
    const { db, insert, committed } = fixture();
    insert.run('a');

    db.close();

    expect(committed()).toEqual(['a']);
  });

  it('commits what is pending when the process exits before the turn ends', () => {
    const { file, db, committed } = fixture();
    db.close();
    const script = `
      import { openDatabase } from ${JSON.stringify(new URL('./open-database.ts', import.meta.url).href)};
      const db = openDatabase(${JSON.stringify(file)}, { groupCommit: { onError: () => {} } });
      db.prepare("INSERT INTO notes (text) VALUES ('written just before exit')").run();
      process.exit(0);
    `;

    execFileSync(process.execPath, ['--input-type=module', '--eval', script]);

    expect(committed()).toEqual(['written just before exit']);
  });
});
