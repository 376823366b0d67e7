import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../sqlite/open-database.ts';

/** Test helpers for the queue: temp databases, and worker processes sharing them. */

/**
 * A fresh directory per test holding one SQLite file (WAL, as in production); every connection opened
 * through `open()` is closed and the directory removed after the test.
 */
export function useTempDatabase(): { open(): DatabaseSync; file(): string; dir(): string } {
  let dir = '';
  const opened: DatabaseSync[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cf-queue-'));
  });
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.isOpen) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = () => join(dir, 'contentflow.db');
  return {
    open() {
      const db = openDatabase(file());
      opened.push(db);
      return db;
    },
    file,
    dir: () => dir,
  };
}

export interface Worker {
  process: ChildProcess;
  /** Settles once the process ended and its stderr was read to the end. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

const workerScript = fileURLToPath(new URL('./queue-worker-process.ts', import.meta.url));

/** Starts queue-worker-process.ts (see its usage) on this Node. */
export function startWorker(...args: string[]): Worker {
  const child = spawn(process.execPath, [workerScript, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<Awaited<Worker['exited']>>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { process: child, exited };
}

/** The complete lines of a log a worker appends to (a line cut short by a kill is not counted). */
export function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.pop();
  return lines;
}
