import {
  jobProgressedV1,
  jobRequestedV1,
  ORCHESTRATOR_SOURCE,
  shortVideoPackageWorkflow,
  startJobCommandV1,
  WORKFLOW_CATALOG,
} from '@contentflow/events';
import { JOB_CANCELLED } from '@contentflow/platform';
import { describe, expect } from 'vitest';
import { trackStepEvent } from '../jobs/track-step-event.ts';
import { JobSchema } from '../resources/job.resource.ts';
import { ExecutionSchema, WorkflowCatalogSchema } from '../resources/workflow.resource.ts';
import type { ApiHarness, TestUser } from '../test-support/api-harness.ts';
import { test } from '../test-support/api-test.ts';
import { readBody, readJob, readProblem } from '../test-support/read-body.ts';
import { type SseFrame, SseReader } from '../test-support/sse-reader.ts';

const SHORT = shortVideoPackageWorkflow.name;
const request = { topic: 'Three habits of productive creators', lengthSec: 15, platform: 'tiktok' };
const T0 = '2026-03-01T09:00:00.000Z';

const startPackage = (h: ApiHarness, user: TestUser, body: unknown = request, headers: Record<string, string> = {}) =>
  h.send('POST', `/api/v1/orchestrator/workflows/${SHORT}`, body, { ...user.headers, ...headers });

async function runningPackage(h: ApiHarness, user: TestUser): Promise<string> {
  const job = await readJob(await startPackage(h, user));
  await h.repositories.jobs.transition(user.tenantId, job.id, { to: 'running' });
  return job.id;
}

/** A running package whose Script step started at T0. */
async function packageInScript(h: ApiHarness, user: TestUser): Promise<string> {
  const id = await runningPackage(h, user);
  await h.repositories.jobs.recordStep(user.tenantId, id, { kind: 'started', name: 'Script', attempt: 1, at: T0 });
  return id;
}

const readExecution = (response: Response) => readBody(response, ExecutionSchema);

describe('GET /api/v1/orchestrator/workflows', () => {
  test('lists every workflow with its steps and request JSON Schema, without a login', async ({ h }) => {
    const response = await h.request('/api/v1/orchestrator/workflows');
    expect(response.status).toBe(200);
    const { workflows } = await readBody(response, WorkflowCatalogSchema);
    expect(workflows.map((workflow) => workflow.name)).toEqual(WORKFLOW_CATALOG.map((workflow) => workflow.name));
    const short = workflows.find((workflow) => workflow.name === SHORT);
    expect(short?.steps).toEqual([...shortVideoPackageWorkflow.steps]);
    expect(short?.requestSchema).toMatchObject({ type: 'object', properties: { topic: { type: 'string' } } });
  });
});

describe('POST /api/v1/orchestrator/workflows/:name', () => {
  test('accepts a valid request as one queued orchestrator job and queues its StartJob', async ({ h, ana }) => {
    const response = await startPackage(h, ana, request, { 'X-Correlation-Id': 'corr-pkg' });
    expect(response.status).toBe(202);
    const job = await readJob(response);
    expect(job).toMatchObject({ engine: 'orchestrator', task: SHORT, status: 'queued', input: request, steps: [] });
    expect(response.headers.get('Location')).toBe(`/api/v1/orchestrator/executions/${job.id}`);
    const [message, ...more] = await h.queue.receive({ maxMessages: 10 });
    expect(more).toEqual([]);
    expect(startJobCommandV1.parse(JSON.parse(message!.body))).toMatchObject({
      jobId: job.id,
      engine: 'orchestrator',
      task: SHORT,
      correlationId: 'corr-pkg',
    });
  });

  test('honours the Idempotency-Key as POST /api/v1/jobs does', async ({ h, ana }) => {
    const headers = { 'Idempotency-Key': 'pkg-1' };
    const first = await startPackage(h, ana, request, headers);
    const again = await startPackage(h, ana, request, headers);
    expect([first.status, again.status]).toEqual([202, 200]);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await readJob(again)).id).toBe((await readJob(first)).id);
    const other = await startPackage(h, ana, { ...request, lengthSec: 30 }, headers);
    expect(other.status).toBe(422);
    expect(h.counts()).toMatchObject({ jobs: 1, commands: 1 });
  });

  test.for([
    [{ lengthSec: 15 }, /^input is invalid for workflow short-video-package: topic: give either a topic or a script/],
    [{ topic: 'Bread', lengthSec: 7 }, /lengthSec: /],
    [{ topic: 'Bread', colour: 'red' }, /Unrecognized key: "colour"/],
  ] as const)('refuses %j with a 400 naming the field, and writes nothing', async ([body, detail], { h, ana }) => {
    const response = await startPackage(h, ana, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await readProblem(response)).detail).toMatch(detail);
    expect(h.counts()).toMatchObject({ jobs: 0, commands: 0 });
  });

  test('an unknown workflow is a 404 naming the known ones; no login is a 401; neither writes', async ({ h, ana }) => {
    const unknown = await h.send('POST', '/api/v1/orchestrator/workflows/podcast-package', request, ana.headers);
    expect(unknown.status).toBe(404);
    expect((await readProblem(unknown)).detail).toMatch(
      /^there is no workflow "podcast-package"; known workflows: .*"short-video-package"/,
    );
    expect((await h.send('POST', `/api/v1/orchestrator/workflows/${SHORT}`, request)).status).toBe(401);
    expect((await h.send('POST', '/api/v1/orchestrator/workflows/Not_Kebab', request, ana.headers)).status).toBe(400);
    expect(h.counts()).toMatchObject({ jobs: 0, commands: 0 });
  });

  test('POST /api/v1/jobs takes the same workflow job through the same checks', async ({ h, ana }) => {
    const job = { engine: 'orchestrator', task: SHORT, input: request };
    expect((await readJob(await h.send('POST', '/api/v1/jobs', job, ana.headers))).task).toBe(SHORT);
    const unknown = await h.send('POST', '/api/v1/jobs', { ...job, task: 'podcast-package' }, ana.headers);
    expect(unknown.status).toBe(400);
    expect((await readProblem(unknown)).detail).toMatch(/^unknown workflow "podcast-package"; known workflows: /);
    const invalid = await h.send('POST', '/api/v1/jobs', { ...job, input: {} }, ana.headers);
    expect((await readProblem(invalid)).detail).toMatch(/input\.topic: give either a topic or a script/);
  });
});

describe('GET /api/v1/orchestrator/executions/:id', () => {
  test('lists every step of the workflow in order: recorded ones with timing and content, the rest pending', async ({
    h,
    ana,
  }) => {
    const id = await packageInScript(h, ana);
    await h.repositories.jobs.recordStep(ana.tenantId, id, {
      kind: 'succeeded',
      name: 'Script',
      attempt: 1,
      at: '2026-03-01T09:00:04.000Z',
      contentIds: ['c-script'],
    });
    await h.repositories.jobs.recordStep(ana.tenantId, id, { kind: 'started', name: 'Music', attempt: 2, at: T0 });

    const response = await h.request(`/api/v1/orchestrator/executions/${id}`, { headers: ana.headers });
    expect(response.status).toBe(200);
    const execution = await readExecution(response);
    expect(execution).toMatchObject({ id, workflow: SHORT, status: 'running' });
    expect(execution.steps.map((step) => step.name)).toEqual([...shortVideoPackageWorkflow.steps]);
    const byName = new Map(execution.steps.map((step) => [step.name, step]));
    expect(byName.get('Script')).toEqual({
      name: 'Script',
      status: 'succeeded',
      attempt: 1,
      startedAt: T0,
      finishedAt: '2026-03-01T09:00:04.000Z',
      durationMs: 4000,
      contentIds: ['c-script'],
    });
    expect(byName.get('Music')).toMatchObject({ status: 'running', attempt: 2 });
    expect(byName.get('Music')?.durationMs).toBeGreaterThan(0);
    expect(byName.get('Video')).toEqual({ name: 'Video', status: 'pending', attempt: 0, contentIds: [] });

    const job = await readJob(await h.request(`/api/v1/jobs/${id}`, { headers: ana.headers }));
    expect(job.steps?.map((step) => `${step.name}:${step.status}`)).toEqual(['Script:succeeded', 'Music:running']);
  });

  test("another tenant's execution and a single-engine job are not found", async ({ h, ana }) => {
    const id = await runningPackage(h, ana);
    const bo = await h.user('bo@example.com');
    const single = await readJob(
      await h.send('POST', '/api/v1/jobs', { engine: 'text', task: 'echo', input: { text: 'hi' } }, ana.headers),
    );
    expect(single).not.toHaveProperty('steps');
    for (const [user, jobId] of [
      [bo, id],
      [ana, single.id],
      [ana, 'missing'],
    ] as const) {
      const response = await h.request(`/api/v1/orchestrator/executions/${jobId}`, { headers: user.headers });
      expect(response.status, jobId).toBe(404);
      expect((await h.send('POST', `/api/v1/orchestrator/executions/${jobId}/cancel`, {}, user.headers)).status).toBe(
        404,
      );
    }
    expect((await h.repositories.jobs.get(ana.tenantId, single.id))?.status).toBe('queued');
  });
});

describe('POST /api/v1/orchestrator/executions/:id/cancel', () => {
  test('cancels the package job: steps under way and steps ahead show as cancelled; a second cancel is a 409', async ({
    h,
    ana,
  }) => {
    const id = await packageInScript(h, ana);
    const response = await h.send('POST', `/api/v1/orchestrator/executions/${id}/cancel`, {}, ana.headers);
    expect(response.status).toBe(200);
    const execution = await readExecution(response);
    expect(execution.status).toBe('cancelled');
    expect(new Set(execution.steps.map((step) => step.status))).toEqual(new Set(['cancelled']));
    expect(execution.steps[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect((await h.repositories.jobs.get(ana.tenantId, id))?.status).toBe('cancelled');
    // The engine then reports the step failed by the cancel: it still reads as cancelled.
    const error = { code: JOB_CANCELLED, message: `job ${id} was cancelled` };
    await h.repositories.jobs.recordStep(ana.tenantId, id, {
      kind: 'failed',
      name: 'Script',
      attempt: 1,
      at: T0,
      error,
    });
    const after = await readExecution(
      await h.request(`/api/v1/orchestrator/executions/${id}`, { headers: ana.headers }),
    );
    expect(after.steps[0]).toMatchObject({ name: 'Script', status: 'cancelled', error });
    expect((await h.send('POST', `/api/v1/orchestrator/executions/${id}/cancel`, {}, ana.headers)).status).toBe(409);
  });
});

describe('live steps over the job event stream', () => {
  test('each step change the step tracker records reaches an SSE reader of the job', async ({ h, ana }) => {
    const id = await runningPackage(h, ana);
    const stream = new SseReader((await h.request(`/api/v1/jobs/${id}/events`, { headers: ana.headers })).body);
    const next = async () => readJobData(await stream.nextEvent());
    expect((await next()).steps).toEqual([]);

    const step = { executionId: `local:${SHORT}:${id}`, stepName: 'Script.0', taskToken: 't' };
    const envelope = { tenantId: ana.tenantId, correlationId: 'corr' };
    const ports = { jobs: h.repositories.jobs, jobChanges: h.feed, workflows: WORKFLOW_CATALOG };
    const started = jobRequestedV1.create({
      ...envelope,
      source: ORCHESTRATOR_SOURCE,
      data: { jobId: id, engine: 'text', task: 'script', input: {}, requestedBy: ana.id, step },
    });
    await trackStepEvent(started.detailType, started.detail, ports);
    expect((await next()).steps).toMatchObject([{ name: 'Script', status: 'running', attempt: 1 }]);

    const progressed = jobProgressedV1.create({
      ...envelope,
      source: 'contentflow.text',
      data: { jobId: id, engine: 'text', percent: 60, message: 'writing beats', step },
    });
    await trackStepEvent(progressed.detailType, progressed.detail, ports);
    const job = await next();
    expect(job.steps?.[0]?.progress).toEqual({ percent: 60, message: 'writing beats' });
    expect(job.progress.message).toBe('running Script');
    await stream.cancel();
  });
});

function readJobData(frame: SseFrame | null) {
  expect(frame?.event).toBe('job');
  return JobSchema.parse(JSON.parse(frame?.data ?? 'null'));
}
