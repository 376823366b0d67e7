import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startJobCommandV1 } from '@contentflow/events';
import {
  closePlatformAdapters,
  createSqliteRepositories,
  lambdaContext,
  type PlatformAdapters,
  platformAdapters,
  scheduledEvent,
} from '@contentflow/platform';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ABANDONED_AFTER_MS, JOB_ABANDONED } from '../jobs/fail-abandoned-jobs.ts';
import { STRANDED_AFTER_MS } from '../jobs/resend-stranded-commands.ts';
import { handler } from './stranded-jobs-sweep.handler.ts';

const previousDataDir = process.env['CONTENTFLOW_DATA_DIR'];
let dataDir: string;
let adapters: PlatformAdapters;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-'));
  // The handler resolves its adapters from the environment, as in Lambda.
  process.env['CONTENTFLOW_DATA_DIR'] = dataDir;
  adapters = await platformAdapters();
});

afterEach(async () => {
  await closePlatformAdapters();
  if (previousDataDir === undefined) delete process.env['CONTENTFLOW_DATA_DIR'];
  else process.env['CONTENTFLOW_DATA_DIR'] = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

function invoke() {
  const context = lambdaContext({
    functionName: 'api-stranded-jobs-sweep',
    region: 'local',
    accountId: '000000000000',
    timeoutMs: 50_000,
  });
  return handler(scheduledEvent('api-stranded-jobs-sweep', 'local', '000000000000', new Date()), context);
}

test('re-sends the start command of a stranded job, skipping a job whose record cannot be read', async () => {
  // Jobs accepted before the last crash: stamped long enough ago to count as stranded.
  const acceptedAt = new Date(Date.now() - 2 * STRANDED_AFTER_MS);
  const earlier = createSqliteRepositories(adapters.local!.db, { now: () => acceptedAt }).jobs;
  const job = (tenantId: string) => ({ tenantId, engine: 'text', task: 'analyze', input: {}, correlationId: 'c-1' });
  const stranded = (await earlier.create(job('tenant-a'))).job;
  const corrupt = (await earlier.create(job('tenant-b'))).job;
  adapters.local!.db.prepare("UPDATE repo_jobs SET content_ids = 'oops' WHERE id = ?").run(corrupt.id);

  expect(await invoke()).toEqual({ resent: 1, failed: 0, errors: 0, abandoned: 0 });

  const messages = await adapters.commands.receive({ maxMessages: 10 });
  expect(messages.map((message) => startJobCommandV1.parse(JSON.parse(message.body)))).toEqual([
    expect.objectContaining({ command: 'StartJob', jobId: stranded.id, tenantId: 'tenant-a' }),
  ]);
  expect((await adapters.repositories.jobs.get('tenant-a', stranded.id))?.status).toBe('queued');
});

test('finds nothing to do when no job is stranded', async () => {
  await adapters.repositories.jobs.create({
    tenantId: 'tenant-a',
    engine: 'text',
    task: 'analyze',
    input: {},
    correlationId: 'c-1',
  });
  expect(await invoke()).toEqual({ resent: 0, failed: 0, errors: 0, abandoned: 0 });
  expect(await adapters.commands.receive({ maxMessages: 10 })).toEqual([]);
});

test('fails a job still running long after any engine could have given up on it, and tells live readers', async () => {
  const startedAt = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
  const earlier = createSqliteRepositories(adapters.local!.db, { now: () => startedAt }).jobs;
  const { job } = await earlier.create({
    tenantId: 'tenant-a',
    engine: 'text',
    task: 'analyze',
    input: {},
    correlationId: 'c-1',
  });
  await earlier.transition('tenant-a', job.id, { to: 'running' });
  const told: string[] = [];
  adapters.jobChanges.subscribe('tenant-a', (changed) => told.push(`${changed.id}:${changed.status}`));

  expect(await invoke()).toEqual({ resent: 0, failed: 0, errors: 0, abandoned: 1 });

  expect((await adapters.repositories.jobs.get('tenant-a', job.id))?.error?.code).toBe(JOB_ABANDONED);
  // Told once the sweep's writes commit, at the end of this turn.
  await vi.waitFor(() => expect(told).toEqual([`${job.id}:failed`]));
});
