import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cancelJob } from '@contentflow/api';
import { type JobFailedV1Data, jobFailedV1, packageCompletedV1 } from '@contentflow/events';
import { CANCELLATION_CHECK_ENV, closePlatformAdapters } from '@contentflow/platform';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWorkflowSystem, type WorkflowSystem } from './support/workflow-system.ts';

const TIMEOUT_MS = 300_000;
const tenantId = 'tenant-cancel';

let dataDir: string;
let system: WorkflowSystem;
const packages: string[] = [];
const failures: JobFailedV1Data[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-cancel-'));
  // Engines read the job every 200 ms here (2 s by default), so the test sees the kill quickly.
  Object.assign(process.env, { CONTENTFLOW_DATA_DIR: dataDir, [CANCELLATION_CHECK_ENV]: '200' });
  system = await startWorkflowSystem();
  system.adapters.local!.bus.registerRule({
    name: 'test-packages',
    eventPattern: packageCompletedV1.pattern(),
    targets: [
      {
        id: 'collect',
        handler: async (event) => {
          packages.push(packageCompletedV1.parse((event as { detail: unknown }).detail).data.jobId);
        },
      },
    ],
  });
  system.adapters.local!.bus.registerRule({
    name: 'test-failures',
    eventPattern: jobFailedV1.pattern(),
    targets: [
      {
        id: 'collect',
        handler: async (event) => {
          failures.push(jobFailedV1.parse((event as { detail: unknown }).detail).data);
        },
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await closePlatformAdapters();
  process.env = savedEnv;
  rmSync(dataDir, { recursive: true, force: true });
});

/** This process's child processes (ffmpeg, a TTS program) with their command lines. */
function children(): Array<{ pid: number; command: string; args: string[] }> {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // `pid (comm) state ppid …`; comm may hold spaces, so read around its parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid !== process.pid) return [];
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return [{ pid: Number(pid), command, args }];
      } catch {
        return []; // exited while we looked
      }
    });
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('cancelling a running short-video-package', () => {
  test(
    'stops the execution, kills the engines’ child processes and leaves the job cancelled with nothing running',
    async () => {
      const job = await system.submit(tenantId, 'short-video-package', {
        topic: 'why bread rises',
        lengthSec: 30,
        platform: 'tiktok',
      });
      const executionId = `local:short-video-package:${job.id}`;
      const store = system.orchestrator.engine.store;
      // Cancel early in the longest step, once its encode runs: the work that must be killed, not just abandoned.
      const encoding = await until('the video encode', () => {
        if (!store.steps(executionId).some((step) => step.stepKey === 'Video.0' && step.status === 'running')) return;
        return children().find((child) => child.command === 'ffmpeg' && child.args.includes('libx264'));
      });

      const { jobs } = system.adapters.repositories;
      const cancelled = await cancelJob(
        { jobs, commands: system.adapters.commands, jobChanges: system.adapters.jobChanges },
        { userId: 'user-1', tenantId },
        job.id,
        { reason: 'changed my mind' },
      );
      expect(cancelled.status).toBe('cancelled');

      await until('the execution to stop', () => (store.get(executionId)?.status === 'aborted' ? true : undefined));
      await until('every child process to exit', () => (children().length === 0 ? true : undefined));
      expect(readdirSync('/proc')).not.toContain(String(encoding.pid));
      // Every delivery settled: no engine, bridge or tracker is still at work on this package.
      await until('the bus to drain', () => {
        const counts = system.adapters.local!.bus.pendingDeliveryCounts();
        return counts.every((count) => count.pending === 0 && count.inFlight === 0) ? true : undefined;
      });

      expect(store.steps(executionId).filter((step) => step.status === 'running')).toEqual([]);
      expect(store.steps(executionId).some((step) => step.status === 'aborted')).toBe(true);
      expect(packages).not.toContain(job.id);
      // The video engine stopped because the job was cancelled, not because its encode failed or finished.
      expect(failures.map((failure) => [failure.step?.stepName, failure.error.code])).toContainEqual([
        'Video.0',
        'JOB_CANCELLED',
      ]);
      expect((await jobs.get(tenantId, job.id))?.status).toBe('cancelled');
      const stored = await system.adapters.repositories.content.listByJob(tenantId, job.id);
      expect(stored.map((content) => content.kind)).not.toContain('video/short');
    },
    TIMEOUT_MS,
  );
});
