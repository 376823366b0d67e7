import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createSqliteRepositories, openDatabase } from '@contentflow/platform';
import { afterEach, describe, expect, test } from 'vitest';
import { finishedJob, waitFor } from './support/wait-for.ts';

const CHILD = new URL('./support/workflow-system-child.ts', import.meta.url).pathname;
const TIMEOUT_MS = 600_000;

let dataDir: string;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the child and resolves with its stdout lines so far once it printed `ready`. */
function startChild(args: string[]): Promise<{ child: ChildProcess; lines: string[] }> {
  const child = spawn(process.execPath, [CHILD, ...args], {
    env: { ...process.env, CONTENTFLOW_DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      if (parts.some((line) => line.startsWith('ready'))) resolve({ child, lines });
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before it was ready`)));
  });
}

interface StepRow {
  step_key: string;
  status: string;
  started_at: string;
  finished_at: string | null;
}

function steps(db: DatabaseSync): StepRow[] {
  return db
    .prepare('SELECT step_key, status, started_at, finished_at FROM orchestrator_steps')
    .all() as unknown as StepRow[];
}

describe('kill -9 in the middle of a package', () => {
  test(
    'the execution resumes on restart and the steps already done are not asked for again',
    async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'cf-resume-'));
      // Only the text engine runs in the first process: once the script is done, the orchestrator dies while the
      // next steps wait for engines (an engine killed mid-task is the engines' own recovery, bounded by their timeout).
      const first = await startChild([
        '--text-only',
        '--submit',
        JSON.stringify({ topic: 'why cold brew tastes smoother', lengthSec: 15 }),
      ]);
      const jobId = first.lines.find((line) => line.startsWith('job '))!.slice(4);
      const db = openDatabase(join(dataDir, 'contentflow.db'));
      try {
        const before = await waitFor(
          'the script step',
          () => {
            const rows = steps(db);
            const script = rows.find((row) => row.step_key === 'Script.0' && row.status === 'succeeded');
            return script && rows.some((row) => row.status === 'running') ? script : undefined;
          },
          { timeoutMs: TIMEOUT_MS, intervalMs: 100 },
        );
        first.child.kill('SIGKILL');
        await new Promise((resolve) => first.child.once('exit', resolve));

        const second = await startChild([]);
        expect(second.lines.at(-1)).toBe('ready 1');
        const repositories = createSqliteRepositories(db);
        const job = await finishedJob(repositories.jobs, 'tenant-crash', jobId, {
          timeoutMs: TIMEOUT_MS,
          intervalMs: 200,
        });
        expect(job.status).toBe('succeeded');
        const after = steps(db);
        const script = after.filter((row) => row.step_key.startsWith('Script.'));
        expect(script).toEqual([before]);
        expect(after.every((row) => row.status === 'succeeded')).toBe(true);
        const contents = await Promise.all(job.contentIds.map((id) => repositories.content.get('tenant-crash', id)));
        expect(contents.filter((content) => content?.kind === 'text/script')).toHaveLength(1);
        expect(contents.some((content) => content?.mimeType === 'video/mp4')).toBe(true);
        const execution = db.prepare('SELECT status FROM orchestrator_executions').get() as { status: string };
        expect(execution.status).toBe('succeeded');
      } finally {
        db.close();
      }
    },
    TIMEOUT_MS,
  );
});
