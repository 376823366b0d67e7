import { existsSync } from 'node:fs';
import { jobFailedV1 } from '@contentflow/events';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PutEventsEntry } from '../ports/event-bus.port.ts';
import type { Repositories } from '../ports/repositories.port.ts';
import {
  type EngineTestPorts,
  encodeEngineFixture,
  encodeJob,
  encodeRequest,
  openEngineTestPorts,
  type RunningEncoder,
} from './encode-engine.fixtures.ts';
import { type EngineJobPorts, JOB_CANCELLED, runEngineJob } from './run-engine-job.ts';

const TENANT = 'tenant-a';
const { engine: encodeEngine, runs, encoders } = encodeEngineFixture('cf-cancel-encode-');

let env: EngineTestPorts;
let repositories: Repositories;
let published: PutEventsEntry[];
let ports: EngineJobPorts;

beforeEach(async () => {
  env = await openEngineTestPorts();
  repositories = env.repositories;
  published = env.events.published;
  runs.length = 0;
  ports = env.ports;
});

afterEach(() => env.close());

async function runningJob(): Promise<string> {
  const { job } = await repositories.jobs.create(encodeJob(TENANT, 'long'));
  await repositories.jobs.transition(TENANT, job.id, { to: 'running' });
  return job.id;
}

const requestFor = (jobId: string, step?: { executionId: string; stepName: string; taskToken: string }) =>
  encodeRequest(TENANT, jobId, 'long', step);
const detailTypes = () => published.map((entry) => entry.detailType);

describe('cancelling a job while its engine works', { timeout: 60_000 }, () => {
  test('kills the running ffmpeg, removes its work directory, stores nothing and announces no outcome', async () => {
    const jobId = await runningJob();
    const running = runEngineJob(requestFor(jobId), encodeEngine, ports, undefined, { cancellationCheckMs: 100 });
    await vi.waitFor(() => expect(encoders()).toHaveLength(1), { timeout: 30_000, interval: 50 });
    const [{ pid, workDir }] = encoders() as [RunningEncoder];

    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await running).toEqual({ status: 'cancelled' });
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(existsSync(workDir)).toBe(false);
    expect(await repositories.content.listByJob(TENANT, jobId)).toEqual([]);
    expect((await repositories.jobs.get(TENANT, jobId))?.status).toBe('cancelled');
    expect(detailTypes()).toEqual(['Job.Started']);
  });

  test("a workflow step's token is answered with a final JOB_CANCELLED, so its execution never waits on it", async () => {
    const jobId = await runningJob();
    const step = { executionId: 'exec-1', stepName: 'Video.0', taskToken: 'token-1' };
    const running = runEngineJob(requestFor(jobId, step), encodeEngine, ports, undefined, { cancellationCheckMs: 100 });
    await vi.waitFor(() => expect(encoders()).toHaveLength(1), { timeout: 30_000, interval: 50 });

    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await running).toEqual({ status: 'cancelled' });
    expect(encoders()).toEqual([]);
    const failed = published.find((entry) => entry.detailType === 'Job.Failed');
    expect(jobFailedV1.parse(failed?.detail).data).toMatchObject({
      jobId,
      step,
      error: { code: JOB_CANCELLED, retryable: false },
    });
    expect(detailTypes()).not.toContain('Job.Completed');
  });

  test('a request for a job cancelled before it arrived does no work at all', async () => {
    const jobId = await runningJob();
    await repositories.jobs.transition(TENANT, jobId, { to: 'cancelled' });

    expect(await runEngineJob(requestFor(jobId), encodeEngine, ports)).toEqual({ status: 'cancelled' });
    expect(runs).toEqual([]);
    expect(published).toEqual([]);
  });
});
