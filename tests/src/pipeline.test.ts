import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiManifest } from '@contentflow/api';
import { type StartJobCommandV1, startJobCommandV1 } from '@contentflow/events';
import {
  closePlatformAdapters,
  type Job,
  type LocalRuntime,
  type PlatformAdapters,
  platformAdapters,
  startLocalRuntime,
} from '@contentflow/platform';
import { textManifest } from '@contentflow/text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { finishedJob } from './support/wait-for.ts';

/**
 * The job pipeline through the real local runtime, without HTTP: command queue → job processor → bus →
 * text engine → blob store + content → lifecycle events → job tracker. The API adds only validation on top.
 */
let dataDir: string;
let adapters: PlatformAdapters;
let runtime: LocalRuntime;
const previousDataDir = process.env['CONTENTFLOW_DATA_DIR'];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-pipeline-'));
  // Handlers resolve their adapters from the environment, exactly as in Lambda.
  process.env['CONTENTFLOW_DATA_DIR'] = dataDir;
  adapters = await platformAdapters();
  runtime = await startLocalRuntime({ local: adapters.local!, manifests: [apiManifest, textManifest] });
});

afterAll(async () => {
  await runtime.stop();
  await closePlatformAdapters();
  if (previousDataDir === undefined) delete process.env['CONTENTFLOW_DATA_DIR'];
  else process.env['CONTENTFLOW_DATA_DIR'] = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

async function submit(tenantId: string, input: Record<string, unknown>, task = 'analyze'): Promise<Job> {
  const { job } = await adapters.repositories.jobs.create({
    tenantId,
    engine: 'text',
    task,
    input,
    correlationId: `corr-${tenantId}`,
  });
  const command: StartJobCommandV1 = startJobCommandV1.parse({
    command: 'StartJob',
    version: '1',
    jobId: job.id,
    tenantId,
    engine: 'text',
    task,
    correlationId: job.correlationId,
    requestId: 'req-1',
  });
  await adapters.commands.send({ body: JSON.stringify(command) });
  return job;
}

const settled = (tenantId: string, id: string, timeoutMs = 15_000): Promise<Job> =>
  finishedJob(adapters.repositories.jobs, tenantId, id, { timeoutMs, intervalMs: 20 });

describe('text.analyze through the local runtime', () => {
  test('a job runs to succeeded and its analysis is stored as content and blob', async () => {
    const job = await submit('tenant-1', { text: 'The cat sat on the mat. The cat was happy.', keyword: 'cat' });
    const done = await settled('tenant-1', job.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress.percent).toBe(100);
    expect(done.contentIds).toHaveLength(1);
    const content = await adapters.repositories.content.get('tenant-1', done.contentIds[0]!);
    expect(content).toMatchObject({ kind: 'text/analysis', mimeType: 'application/json', jobId: job.id });
    expect(content?.provider).toEqual({ engine: 'text', provider: 'offline', model: 'wink-nlp' });
    const blob = await adapters.blobs.get(content!.blobKey);
    const analysis = JSON.parse(Buffer.from(blob.body).toString('utf8'));
    expect(analysis.counts.words).toBe(10);
    expect(analysis.counts.sentences).toBe(2);
    expect(analysis.keyword.occurrences).toBe(2);
  });

  test('input the task contract rejects fails the job with INPUT_INVALID', async () => {
    const job = await submit('tenant-1', { text: '   ' });
    const done = await settled('tenant-1', job.id);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('INPUT_INVALID');
    expect(done.error?.message).toContain('text must not be empty');
  });

  test('an unknown task fails the job with TASK_UNKNOWN', async () => {
    const job = await submit('tenant-1', { text: 'hello' }, 'haiku');
    const done = await settled('tenant-1', job.id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'TASK_UNKNOWN' } });
  });

  test('the same command delivered three times runs the job once and stores one content record', async () => {
    const job = await submit('tenant-2', { text: 'One idea, many posts.' });
    const command = {
      command: 'StartJob',
      version: '1',
      jobId: job.id,
      tenantId: 'tenant-2',
      engine: 'text',
      task: 'analyze',
      correlationId: job.correlationId,
      requestId: 'dup',
    };
    await adapters.commands.send({ body: JSON.stringify(command) });
    await adapters.commands.send({ body: JSON.stringify(command) });
    const done = await settled('tenant-2', job.id);
    expect(done.status).toBe('succeeded');
    // Give the duplicates time to be processed too, then check nothing ran twice.
    await sleep(500);
    expect(await adapters.repositories.content.listByJob('tenant-2', job.id)).toHaveLength(1);
    expect((await adapters.repositories.jobs.get('tenant-2', job.id))?.contentIds).toHaveLength(1);
  });
});
