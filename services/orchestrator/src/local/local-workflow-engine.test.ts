import { jobCancelledV1 } from '@contentflow/events';
import { type AslDefinition, type JsonObject, SqliteEventBus } from '@contentflow/platform';
import { RecordingEventBus, type TempDatabase, tempDatabase } from '@contentflow/platform/test-support';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { stopCancelledWorkflow } from '../use-cases/stop-cancelled-workflow.ts';
import { PUT_EVENTS, WAIT_FOR_ENGINE } from '../workflows/engine-step.ts';
import { LocalWorkflowEngine } from './local-workflow-engine.ts';

const WORKFLOW = 'test-package';
const metadata = { version: '1', 'tenantId.$': '$.tenantId', 'correlationId.$': '$.jobId' };
const entry = (detailType: string, data: JsonObject): JsonObject => ({
  Entries: [
    { EventBusName: 'local', Source: 'contentflow.orchestrator', DetailType: detailType, Detail: { metadata, data } },
  ],
});

/** One engine step, then the package announcement: the shape of every package, reduced to the part cancel touches. */
const definition: AslDefinition = {
  StartAt: 'Render',
  States: {
    Render: {
      Type: 'Task',
      Resource: WAIT_FOR_ENGINE,
      Parameters: entry('Job.Requested', {
        'jobId.$': '$.jobId',
        engine: 'video',
        task: 'short',
        input: {},
        'requestedBy.$': '$.requestedBy',
      }),
      ResultPath: '$.render',
      Next: 'Announce',
    },
    Announce: {
      Type: 'Task',
      Resource: PUT_EVENTS,
      Parameters: entry('Package.Completed', {
        'jobId.$': '$.jobId',
        workflow: WORKFLOW,
        status: 'complete',
        steps: [{ stepName: 'Render', status: 'succeeded', contentIds: [] }],
      }),
      End: true,
    },
  },
};

let store: TempDatabase;
let bus: RecordingEventBus;
let engine: LocalWorkflowEngine;

beforeEach(() => {
  store = tempDatabase();
  bus = new RecordingEventBus(new SqliteEventBus({ db: store.db }));
  engine = new LocalWorkflowEngine({ db: store.db, bus, definitions: new Map([[WORKFLOW, definition]]) });
});

afterEach(async () => {
  await engine.close();
  store.remove();
});

async function startedAndWaiting(jobId: string) {
  const { executionId } = await engine.start({
    workflow: WORKFLOW,
    name: jobId,
    input: { jobId, tenantId: 'tenant-1', requestedBy: 'user-1' },
  });
  await vi.waitFor(() => expect(engine.store.steps(executionId).map((step) => step.status)).toEqual(['running']));
  await vi.waitFor(() => expect(bus.published.map((event) => event.detailType)).toEqual(['Job.Requested']));
  return { executionId, taskToken: engine.store.steps(executionId)[0]!.taskToken };
}

function cancelled(jobId: string, engineName: 'orchestrator' | 'video' = 'orchestrator') {
  return jobCancelledV1.create({
    tenantId: 'tenant-1',
    data: { jobId, engine: engineName, task: WORKFLOW, cancelledBy: 'user-1' },
  }).detail;
}

const announced = () => bus.published.filter((event) => event.detailType === 'Package.Completed');

describe('cancelling a workflow job on the local engine', () => {
  test('an answered step leads to Package.Completed (what a stop must prevent)', async () => {
    const { executionId, taskToken } = await startedAndWaiting('job-1');
    expect(await engine.sendTaskSuccess(taskToken, { contentIds: [] })).toBe('accepted');
    await engine.idle();
    expect(engine.store.get(executionId)?.status).toBe('succeeded');
    expect(announced()).toHaveLength(1);
  });

  test('Job.Cancelled aborts the execution and its waiting step; a late answer is stale and nothing is announced', async () => {
    const { executionId, taskToken } = await startedAndWaiting('job-2');

    expect(await stopCancelledWorkflow(cancelled('job-2'), { workflows: engine })).toBe('stopped');
    await engine.idle();

    expect(engine.store.get(executionId)).toMatchObject({
      status: 'aborted',
      error: expect.stringContaining('user-1'),
    });
    expect(engine.store.steps(executionId).map((step) => step.status)).toEqual(['aborted']);
    expect(await engine.sendTaskSuccess(taskToken, { contentIds: [] })).toBe('stale');
    expect(await engine.sendTaskFailure(taskToken, { error: 'Engine.Failed', cause: 'JOB_CANCELLED' })).toBe('stale');
    expect(announced()).toEqual([]);
    expect(engine.resume()).toBe(0);
  });

  test('stopping an execution that finished, or never existed, changes nothing', async () => {
    const { executionId, taskToken } = await startedAndWaiting('job-3');
    await engine.sendTaskSuccess(taskToken, { contentIds: [] });
    await engine.idle();

    await stopCancelledWorkflow(cancelled('job-3'), { workflows: engine });
    await stopCancelledWorkflow(cancelled('never-started'), { workflows: engine });
    expect(engine.store.get(executionId)?.status).toBe('succeeded');
    expect(engine.store.get(engine.executionIdOf(WORKFLOW, 'never-started'))).toBeUndefined();
  });

  test("a cancelled engine job is not the orchestrator's to stop", async () => {
    const { executionId } = await startedAndWaiting('job-4');
    expect(await stopCancelledWorkflow(cancelled('job-4', 'video'), { workflows: engine })).toBe('ignored');
    expect(engine.store.get(executionId)?.status).toBe('running');
  });
});
