import { readdirSync, readFileSync } from 'node:fs';
import { cancelJob } from '@contentflow/api';
import { type JobFailedV1Data, jobFailedV1 } from '@contentflow/events';
import { CANCELLATION_CHECK_ENV } from '@contentflow/platform';
import { beforeAll, describe, expect, test } from 'vitest';
import { collectEvents } from './support/collect-events.ts';
import { waitFor } from './support/wait-for.ts';
import { useWorkflowSystem } from './support/workflow-system-suite.ts';

const TIMEOUT_MS = 300_000;
const tenantId = 'tenant-cancel';

// Engines read the job every 200 ms here (2 s by default), so the test sees the kill quickly.
const local = useWorkflowSystem('cf-cancel-', { [CANCELLATION_CHECK_ENV]: '200' });
let failures: JobFailedV1Data[] = [];
beforeAll(() => {
  failures = collectEvents(local.system.adapters.local!.bus, 'test-failures', jobFailedV1);
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

const until = <T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> =>
  waitFor(what, probe, { timeoutMs: TIMEOUT_MS, intervalMs: 50 });

describe('cancelling a running short-video-package', () => {
  test(
    'stops the execution, kills the engines’ child processes and leaves the job cancelled with nothing running',
    async () => {
      const { system } = local;
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
      expect(system.packages.map((completed) => completed.jobId)).not.toContain(job.id);
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
