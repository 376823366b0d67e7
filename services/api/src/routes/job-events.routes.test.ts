import type { Job } from '@contentflow/platform';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApiHarness, type TestUser } from '../test-support/api-harness.ts';
import { readJob, readProblem } from '../test-support/read-body.ts';
import { SseReader } from '../test-support/sse-reader.ts';
import { waitUntil } from '../test-support/wait-until.ts';

let h: ApiHarness;
let ana: TestUser;
let bo: TestUser;

beforeEach(async () => {
  h = await ApiHarness.create({ settings: { sseHeartbeatSeconds: 1 } });
  ana = await h.user('ana@example.com');
  bo = await h.user('bo@example.com');
});
afterEach(() => h.close());

async function newJob(user: TestUser): Promise<Job> {
  const input = { tenantId: user.tenantId, engine: 'text', task: 'echo', input: { text: 'hi' }, correlationId: 'c' };
  return (await h.repositories.jobs.create(input)).job;
}

/** What the job tracker does: change the job, then publish it as it now is. */
async function changed(update: Promise<{ job: Job | null }>): Promise<Job> {
  const { job } = await update;
  if (!job) throw new Error('the job is gone');
  h.feed.publish(job);
  return job;
}

function data(frame: { data?: string } | null): Record<string, unknown> {
  return JSON.parse(frame?.data ?? 'null');
}

describe('GET /api/v1/jobs/:id/events', () => {
  test('sends the job now, then each change, and ends after a terminal status', async () => {
    const job = await newJob(ana);
    const response = await h.request(`/api/v1/jobs/${job.id}/events`, { headers: ana.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/event-stream');
    const stream = new SseReader(response.body);

    const snapshot = await stream.nextEvent();
    expect(snapshot).toMatchObject({ event: 'job', id: job.updatedAt });
    expect(data(snapshot)).toMatchObject({ id: job.id, status: 'queued' });

    await changed(h.repositories.jobs.transition(ana.tenantId, job.id, { to: 'running' }));
    expect(data(await stream.nextEvent())).toMatchObject({ status: 'running' });
    const progressed = await changed(
      h.repositories.jobs.updateProgress(ana.tenantId, job.id, { percent: 40, message: 'reading' }),
    );
    const progress = await stream.nextEvent();
    expect(progress?.id).toBe(progressed.updatedAt);
    expect(data(progress)).toMatchObject({ status: 'running', progress: { percent: 40, message: 'reading' } });

    await changed(h.repositories.jobs.transition(ana.tenantId, job.id, { to: 'succeeded' }));
    expect(data(await stream.nextEvent())).toMatchObject({ status: 'succeeded', progress: { percent: 100 } });
    expect(await stream.nextEvent()).toBeNull();
    await waitUntil(() => h.feed.subscriptions === 0, 'the finished stream unsubscribed');
  });

  test('a finished job gets its final state and the stream ends at once', async () => {
    const job = await newJob(ana);
    await h.repositories.jobs.transition(ana.tenantId, job.id, { to: 'cancelled' });
    const stream = new SseReader((await h.request(`/api/v1/jobs/${job.id}/events`, { headers: ana.headers })).body);
    expect(data(await stream.nextEvent())).toMatchObject({ status: 'cancelled' });
    expect(await stream.nextEvent()).toBeNull();
  });

  test('changes to other jobs are not sent on a job stream', async () => {
    const watched = await newJob(ana);
    const other = await newJob(ana);
    const stream = new SseReader((await h.request(`/api/v1/jobs/${watched.id}/events`, { headers: ana.headers })).body);
    await stream.nextEvent();
    await changed(h.repositories.jobs.transition(ana.tenantId, other.id, { to: 'cancelled' }));
    await changed(h.repositories.jobs.transition(ana.tenantId, watched.id, { to: 'running' }));
    expect(data(await stream.nextEvent())).toMatchObject({ id: watched.id, status: 'running' });
    await stream.cancel();
  });

  test('accepts the token as ?access_token= (EventSource cannot set headers)', async () => {
    const job = await newJob(ana);
    const response = await h.request(`/api/v1/jobs/${job.id}/events?access_token=${ana.token}`);
    expect(response.status).toBe(200);
    const stream = new SseReader(response.body);
    expect(data(await stream.nextEvent())).toMatchObject({ id: job.id });
    await stream.cancel();
  });
});

describe('GET /api/v1/events/stream', () => {
  test("sends changes to the caller's jobs, never another tenant's", async () => {
    const response = await h.request('/api/v1/events/stream', { headers: ana.headers });
    expect(response.status).toBe(200);
    const stream = new SseReader(response.body);
    expect(await stream.next()).toEqual({ comment: 'connected' });

    const theirs = await newJob(bo);
    h.feed.publish(theirs);
    const submitted = await h.send(
      'POST',
      '/api/v1/jobs',
      { engine: 'text', task: 'echo', input: { text: 'x' } },
      ana.headers,
    );
    const mine = await readJob(submitted);
    const event = await stream.nextEvent();
    expect(data(event)).toEqual(mine);
    expect(event?.id).toBe(mine.updatedAt);

    await changed(h.repositories.jobs.transition(bo.tenantId, theirs.id, { to: 'cancelled' }));
    await changed(h.repositories.jobs.transition(ana.tenantId, mine.id, { to: 'cancelled' }));
    expect(data(await stream.nextEvent())).toMatchObject({ id: mine.id, status: 'cancelled' });
    await stream.cancel();
  });

  test('keeps an idle stream alive with heartbeat comments', async () => {
    const stream = new SseReader((await h.request('/api/v1/events/stream', { headers: ana.headers })).body);
    expect(await stream.next()).toEqual({ comment: 'connected' });
    expect(await stream.next(5000)).toEqual({ comment: 'heartbeat' });
    await stream.cancel();
  });

  test('a client that disconnects is unsubscribed from the feed', async () => {
    const stream = new SseReader((await h.request('/api/v1/events/stream', { headers: ana.headers })).body);
    await stream.next();
    expect(h.feed.subscriptions).toBe(1);
    await stream.cancel();
    await waitUntil(() => h.feed.subscriptions === 0, 'the stream unsubscribed');
  });

  test('?access_token= is accepted on event streams only', async () => {
    const stream = await h.request(`/api/v1/events/stream?access_token=${ana.token}`);
    expect(stream.status).toBe(200);
    await new SseReader(stream.body).cancel();
    const listing = await h.request(`/api/v1/jobs?access_token=${ana.token}`);
    expect(listing.status).toBe(401);
    expect((await readProblem(listing)).detail).toBe('a bearer token is required');
  });
});
