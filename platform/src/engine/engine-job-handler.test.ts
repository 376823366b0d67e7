import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { JSONValue } from '@aws-lambda-powertools/commons/types';
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { jobFailedV1 } from '@contentflow/events';
import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lambdaContext } from '../lambda/lambda-context.ts';
import { SqliteIdempotencyPersistence } from '../local/idempotency/sqlite-idempotency-persistence.ts';
import { createPowertools } from '../observability/create-powertools.ts';
import type { PutEventsEntry } from '../ports/event-bus.port.ts';
import type { Repositories } from '../ports/repositories.port.ts';
import {
  type EncodeSpeed,
  type EngineTestPorts,
  encodeEngineFixture,
  encodeJob,
  encodeRequest,
  openEngineTestPorts,
  type RunningEncoder,
} from './encode-engine.fixtures.ts';
import { createEngineJobHandler, type EngineHandlerPorts, idempotencyKeyOf } from './engine-job-handler.ts';
import { ENGINE_TIMED_OUT, EngineTimedOutError } from './engine-timed-out-error.ts';
import { type JobRequestedDetail, runEngineJob } from './run-engine-job.ts';

const TENANT = 'tenant-a';
const MARGIN_MS = 4_000;
const fixture = encodeEngineFixture('cf-deadline-encode-');
const { logger, tracing } = await createPowertools('engine-handler-test');

let env: EngineTestPorts;
let db: DatabaseSync;
let repositories: Repositories;
let published: PutEventsEntry[];
let ports: EngineHandlerPorts;
let handler: ReturnType<typeof createEngineJobHandler>;

beforeEach(async () => {
  env = await openEngineTestPorts();
  ({ db, repositories } = env);
  published = env.events.published;
  fixture.runs.length = 0;
  ports = { ...env.ports, idempotency: new SqliteIdempotencyPersistence(db) };
  // A handler settles its ports on its first invocation, so each test gets its own. The margin leaves room for
  // ffmpeg's SIGTERM grace (2 s) within a test-sized invocation.
  handler = createEngineJobHandler({
    engine: fixture.engine,
    logger,
    tracing,
    ports: async () => ports,
    deadlineMarginMs: MARGIN_MS,
  });
});

afterEach(() => env.close());

async function runningJob(speed: EncodeSpeed): Promise<string> {
  const { job } = await repositories.jobs.create(encodeJob(TENANT, speed));
  await repositories.jobs.transition(TENANT, job.id, { to: 'running' });
  return job.id;
}

/** Delivers one request to the handler as the engine's rule does: in an EventBridge event. */
function invoke(detail: JobRequestedDetail, context: Context) {
  const event = {
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': 'Job.Requested',
    source: detail.data.step ? 'contentflow.orchestrator' : 'contentflow.jobs',
    account: '000000000000',
    time: `${new Date().toISOString().slice(0, 19)}Z`,
    region: 'local',
    resources: [],
    detail,
  };
  return handler(event, context);
}

/** The Lambda-shaped context the local runtime invokes handlers with, counting down `timeoutMs`. */
const contextOf = (timeoutMs: number) =>
  lambdaContext({ functionName: 'video-job-requested', region: 'local', accountId: '000000000000', timeoutMs });

const idempotencyStatuses = () =>
  db
    .prepare('SELECT status FROM idempotency_records')
    .all()
    .map((row) => row['status']);

describe('an engine invocation that runs out of time', { timeout: 60_000 }, () => {
  test('stops the encode before the deadline: ffmpeg killed, work dir removed, a retryable ENGINE_TIMED_OUT', async () => {
    const jobId = await runningJob('long');
    const step = { executionId: 'exec-1', stepName: 'Video.0', taskToken: 'token-1' };
    const context = contextOf(2 * MARGIN_MS);
    const invocation = invoke(encodeRequest(TENANT, jobId, 'long', step), context);
    await vi.waitFor(() => expect(fixture.encoders()).toHaveLength(1), { timeout: MARGIN_MS, interval: 20 });
    const [{ pid, workDir }] = fixture.encoders() as [RunningEncoder];

    expect(await invocation).toMatchObject({ status: 'failed', code: ENGINE_TIMED_OUT });
    // Stopped within the margin, not by the deadline (nor middy's early timeout, which would have thrown).
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(existsSync(workDir)).toBe(false);
    expect(await repositories.content.listByJob(TENANT, jobId)).toEqual([]);
    const failed = published.find((entry) => entry.detailType === 'Job.Failed');
    // Retryable is what the task-token bridge turns into Engine.Retryable, which the step's Retry matches.
    expect(jobFailedV1.parse(failed?.detail).data).toMatchObject({
      jobId,
      step,
      error: { code: ENGINE_TIMED_OUT, retryable: true },
    });
    expect(published.map((entry) => entry.detailType)).toEqual(['Job.Started', 'Job.Failed']);

    // The idempotency record completed with the failure: a redelivery gets it back without encoding again.
    expect(idempotencyStatuses()).toEqual(['COMPLETED']);
    const again = await invoke(encodeRequest(TENANT, jobId, 'long', step), contextOf(2 * MARGIN_MS));
    expect(again).toMatchObject({ status: 'failed', code: ENGINE_TIMED_OUT });
    expect(fixture.runs).toHaveLength(1);
  });

  test("a run within its time is unaffected: the clip is stored and the task's signal never aborted", async () => {
    const jobId = await runningJob('quick');
    const context = contextOf(20_000);

    const outcome = await invoke(encodeRequest(TENANT, jobId, 'quick'), context);

    expect(outcome).toMatchObject({ status: 'succeeded', contentIds: [expect.any(String)] });
    expect(published.map((entry) => entry.detailType)).toEqual(['Job.Started', 'Content.Generated', 'Job.Completed']);
    expect(idempotencyStatuses()).toEqual(['COMPLETED']);
    expect(fixture.runs.map((run) => run.signal.aborted)).toEqual([false]);
  });

  test('a request that arrives with no time left reports ENGINE_TIMED_OUT without starting the task', async () => {
    const jobId = await runningJob('long');

    const outcome = await runEngineJob(
      encodeRequest(TENANT, jobId, 'long'),
      fixture.engine,
      ports,
      AbortSignal.abort(new EngineTimedOutError(1_000)),
    );

    expect(outcome).toMatchObject({ status: 'failed', code: ENGINE_TIMED_OUT });
    expect(fixture.runs).toEqual([]);
    expect(published.map((entry) => entry.detailType)).toEqual(['Job.Failed']);
  });
});

describe('the EventBridge event an engine handler is given', () => {
  test('is refused whole when it is not an EventBridge event, before anything runs or is recorded', async () => {
    const jobId = await runningJob('quick');
    const detail = encodeRequest(TENANT, jobId, 'quick');

    // The detail alone, as a caller that skipped the envelope would send it.
    await expect(handler(detail as never, contextOf(20_000))).rejects.toThrow(/Failed to parse schema/);

    expect(fixture.runs).toEqual([]);
    expect(published).toEqual([]);
    expect(idempotencyStatuses()).toEqual([]);
  });

  test('is refused when its detail breaks the Job.Requested contract, naming the field', async () => {
    const jobId = await runningJob('quick');
    const detail = encodeRequest(TENANT, jobId, 'quick');
    const broken = { ...detail, data: { ...detail.data, jobId: 42 } };

    await expect(invoke(broken as never, contextOf(20_000))).rejects.toMatchObject({
      message: 'Failed to parse schema',
      cause: [expect.objectContaining({ path: ['detail', 'data', 'jobId'] })],
    });
    expect(fixture.runs).toEqual([]);
  });
});

describe('the idempotency key', () => {
  class KeyedPersistence extends SqliteIdempotencyPersistence {
    keyOf(data: unknown): string {
      return this.getHashedIdempotencyKey(data as JSONValue);
    }
  }

  test('hashes as the JMESPath [data.jobId, data.task, data.step.stepName] did, so records written before still match', () => {
    const byJmesPath = new KeyedPersistence(db);
    byJmesPath.configure({
      config: new IdempotencyConfig({ eventKeyJmesPath: '[data.jobId, data.task, data.step.stepName]' }),
    });
    const byArgument = new KeyedPersistence(db);
    byArgument.configure({ config: new IdempotencyConfig({}) });
    const step = { executionId: 'exec-1', stepName: 'Video.0', taskToken: 'token-1' };
    const keys = [encodeRequest(TENANT, 'job-1', 'quick'), encodeRequest(TENANT, 'job-1', 'quick', step)].map(
      (detail) => {
        const key = byArgument.keyOf(idempotencyKeyOf(detail));
        expect(key).toBe(byJmesPath.keyOf(detail));
        return key;
      },
    );
    // A workflow step of the same job is a request of its own.
    expect(new Set(keys).size).toBe(2);
  });
});
