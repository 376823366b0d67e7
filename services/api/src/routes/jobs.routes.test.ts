import { MAX_JOB_INPUT_BYTES, startJobCommandV1 } from '@contentflow/events';
import { openDatabase, SqliteCommandQueue } from '@contentflow/platform';
import { describe, expect } from 'vitest';
import { JobSchema } from '../resources/job.resource.ts';
import { ApiHarness } from '../test-support/api-harness.ts';
import { test } from '../test-support/api-test.ts';
import { readJob, readJobPage, readProblem } from '../test-support/read-body.ts';

const echo = { engine: 'text', task: 'echo', input: { text: 'hello there' } };

describe('POST /api/v1/jobs', () => {
  test('accepts a valid job: 202, the queued job, one StartJob command carrying the request and correlation ids', async ({
    h,
    ana,
  }) => {
    const response = await h.send('POST', '/api/v1/jobs', echo, {
      ...ana.headers,
      'X-Request-Id': 'req-42',
      'X-Correlation-Id': 'corr-7',
    });
    expect(response.status).toBe(202);
    const body: unknown = await response.json();
    expect(body).not.toHaveProperty('tenantId');
    expect(body).not.toHaveProperty('correlationId');
    expect(body).not.toHaveProperty('idempotencyKey');
    const job = JobSchema.parse(body);
    expect(job).toMatchObject({ engine: 'text', task: 'echo', status: 'queued', progress: { percent: 0 } });
    expect(job.contentIds).toEqual([]);
    expect(response.headers.get('Location')).toBe(`/api/v1/jobs/${job.id}`);

    const [message, ...more] = await h.queue.receive({ maxMessages: 10 });
    expect(more).toEqual([]);
    expect(startJobCommandV1.parse(JSON.parse(message!.body))).toEqual({
      command: 'StartJob',
      version: '1',
      jobId: job.id,
      tenantId: ana.tenantId,
      engine: 'text',
      task: 'echo',
      correlationId: 'corr-7',
      requestId: 'req-42',
    });
    expect((await h.repositories.jobs.get(ana.tenantId, job.id))?.correlationId).toBe('corr-7');
  });

  test('publishes the new job on the change feed', async ({ h, ana }) => {
    const seen: string[] = [];
    const unsubscribe = h.feed.subscribe(ana.tenantId, (job) => seen.push(`${job.id}:${job.status}`));
    const job = await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers));
    unsubscribe();
    expect(seen).toEqual([`${job.id}:queued`]);
  });

  test('the same Idempotency-Key returns the same job with 200 and sends no second command', async ({ h, ana }) => {
    const headers = { ...ana.headers, 'Idempotency-Key': 'submit-1' };
    const first = await h.send('POST', '/api/v1/jobs', echo, headers);
    const second = await h.send('POST', '/api/v1/jobs', echo, headers);
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await readJob(second)).id).toBe((await readJob(first)).id);
    expect(h.counts()).toMatchObject({ jobs: 1, commands: 1 });
  });

  test('an Idempotency-Key is per tenant: another user with the same key gets a job of their own', async ({
    h,
    ana,
  }) => {
    const bo = await h.user('bo@example.com');
    const a = await readJob(await h.send('POST', '/api/v1/jobs', echo, { ...ana.headers, 'Idempotency-Key': 'k' }));
    const b = await h.send('POST', '/api/v1/jobs', echo, { ...bo.headers, 'Idempotency-Key': 'k' });
    expect(b.status).toBe(202);
    expect((await readJob(b)).id).not.toBe(a.id);
  });

  test('an input past what one event carries: 413 with its size, nothing written; at the limit it is accepted', async () => {
    const h = await ApiHarness.create({ limits: { maxBodyBytes: 1024 * 1024 } });
    try {
      const ana = await h.user('ana@example.com');
      // `count` sets no length of its own, so only the event's size limits it; each 漢 is 3 bytes of UTF-8.
      const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify({ text }));
      const atLimit = '漢'.repeat(Math.floor((MAX_JOB_INPUT_BYTES - jsonBytes('')) / 3));
      const over = `${atLimit}漢`;
      expect(jsonBytes(over)).toBeGreaterThan(MAX_JOB_INPUT_BYTES);
      const submit = (text: string) =>
        h.send('POST', '/api/v1/jobs', { engine: 'text', task: 'count', input: { text } }, ana.headers);
      const before = h.counts();

      const refused = await submit(over);
      expect(refused.status).toBe(413);
      expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
      expect((await readProblem(refused)).detail).toBe(
        `input takes ${jsonBytes(over).toLocaleString('en-US')} bytes as UTF-8 JSON; a job's input may take at most ` +
          `${MAX_JOB_INPUT_BYTES.toLocaleString('en-US')} (it travels in one event): send less, or split the work into several jobs`,
      );
      expect(h.counts()).toEqual(before);

      expect((await submit(atLimit)).status).toBe(202);
      expect(h.counts()).toEqual({ ...before, jobs: before.jobs + 1, commands: before.commands + 1 });
    } finally {
      h.close();
    }
  });

  test('when the command queue fails: 503, the job is marked failed and the change is published', async ({ h }) => {
    const broken = await ApiHarness.create({
      commands: () => {
        // A real queue whose database has gone away.
        const db = openDatabase(`${h.dir}/broken-queue.db`);
        const queue = new SqliteCommandQueue(db, 'broken');
        db.close();
        return queue;
      },
    });
    try {
      const user = await broken.user('cy@example.com');
      const statuses: string[] = [];
      broken.feed.subscribe(user.tenantId, (job) => statuses.push(job.status));
      const response = await broken.send('POST', '/api/v1/jobs', echo, user.headers);
      expect(response.status).toBe(503);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect((await readProblem(response)).detail).toMatch(/could not be queued, so it was marked failed/);
      const { items } = await broken.repositories.jobs.list(user.tenantId);
      expect(items.map((job) => [job.status, job.error?.code])).toEqual([['failed', 'COMMAND_QUEUE_UNAVAILABLE']]);
      expect(statuses).toEqual(['queued', 'failed']);
      expect(broken.logs.some((line) => line.level === 'error' && line.message === 'request failed')).toBe(true);
    } finally {
      broken.close();
    }
  });
});

describe('GET /api/v1/jobs/:id and /api/v1/jobs', () => {
  test('gets a job as the API shows it', async ({ h, ana }) => {
    const created = await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers));
    const response = await h.request(`/api/v1/jobs/${created.id}`, { headers: ana.headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(created);
  });

  test('shows the error of a failed job', async ({ h, ana }) => {
    const { job } = await h.repositories.jobs.create({
      tenantId: ana.tenantId,
      engine: 'text',
      task: 'echo',
      input: {},
      correlationId: 'c',
    });
    await h.repositories.jobs.transition(ana.tenantId, job.id, {
      to: 'failed',
      error: { code: 'BOOM', message: 'it broke' },
    });
    const failed = await readJob(await h.request(`/api/v1/jobs/${job.id}`, { headers: ana.headers }));
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'BOOM', message: 'it broke' } });
    expect(failed.finishedAt).toEqual(expect.any(String));
  });

  test('lists newest first, pages with the cursor, filters by status', async ({ h, ana }) => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers))).id);
    await h.request(`/api/v1/jobs/${ids[0]}/cancel`, { method: 'POST', headers: ana.headers });

    const first = await readJobPage(await h.request('/api/v1/jobs?limit=2', { headers: ana.headers }));
    expect(first.items.map((job) => job.id)).toEqual([ids[4], ids[3]]);
    const second = await readJobPage(
      await h.request(`/api/v1/jobs?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, {
        headers: ana.headers,
      }),
    );
    expect(second.items.map((job) => job.id)).toEqual([ids[2], ids[1]]);
    const last = await readJobPage(
      await h.request(`/api/v1/jobs?limit=2&cursor=${encodeURIComponent(second.nextCursor ?? '')}`, {
        headers: ana.headers,
      }),
    );
    expect(last).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });

    const cancelled = await readJobPage(await h.request('/api/v1/jobs?status=cancelled', { headers: ana.headers }));
    expect(cancelled.items.map((job) => job.id)).toEqual([ids[0]]);
  });

  test("a listing holds only the caller's jobs", async ({ h, ana }) => {
    const bo = await h.user('bo@example.com');
    await h.send('POST', '/api/v1/jobs', echo, bo.headers);
    const mine = await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers));
    const listing = await readJobPage(await h.request('/api/v1/jobs', { headers: ana.headers }));
    expect(listing.items.map((job) => job.id)).toEqual([mine.id]);
  });
});

describe('POST /api/v1/jobs/:id/cancel', () => {
  test('cancels a queued job and publishes the change', async ({ h, ana }) => {
    const job = await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers));
    const seen: string[] = [];
    h.feed.subscribe(ana.tenantId, (changed) => seen.push(changed.status));
    const response = await h.request(`/api/v1/jobs/${job.id}/cancel`, { method: 'POST', headers: ana.headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: job.id, status: 'cancelled' });
    expect(seen).toEqual(['cancelled']);
  });

  test('a finished job cannot be cancelled: 409 that says its status, and it stays as it was', async ({ h, ana }) => {
    const job = await readJob(await h.send('POST', '/api/v1/jobs', echo, ana.headers));
    await h.repositories.jobs.transition(ana.tenantId, job.id, { to: 'running' });
    await h.repositories.jobs.transition(ana.tenantId, job.id, { to: 'succeeded' });
    const response = await h.request(`/api/v1/jobs/${job.id}/cancel`, { method: 'POST', headers: ana.headers });
    expect(response.status).toBe(409);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await readProblem(response)).detail).toBe(
      `job ${job.id} is already succeeded; only queued or running jobs can be cancelled`,
    );
    expect((await h.repositories.jobs.get(ana.tenantId, job.id))?.status).toBe('succeeded');
  });
});
