import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  InvalidArn,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { jobCancelledV1, jobCompletedV1, jobFailedV1 } from '@contentflow/events';
import { createSqliteRepositories, LocalBlobStore, openDatabase } from '@contentflow/platform';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { answerTaskToken } from '../use-cases/answer-task-token.ts';
import { stopCancelledWorkflow } from '../use-cases/stop-cancelled-workflow.ts';
import { SfnWorkflowEngine, STOPPED_ERROR } from './sfn-workflow-engine.ts';

const sfn = mockClient(SFNClient);
const MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:contentflow-dev-short-video-package';
const step = { executionId: 'arn:exec', stepName: 'Script.0', taskToken: 'token-1' };
let dir: string;
let db: DatabaseSync;

beforeEach(() => {
  sfn.reset();
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  db = openDatabase(join(dir, 'contentflow.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function engine() {
  return new SfnWorkflowEngine({ client: new SFNClient({}), stateMachineArn: () => MACHINE });
}

describe('SfnWorkflowEngine', () => {
  test('starts an execution named after the job, and a second start of that name is not an error', async () => {
    sfn
      .on(StartExecutionCommand)
      .resolvesOnce({ executionArn: `${MACHINE}:job-1`, startDate: new Date() })
      .rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));
    const first = await engine().start({ workflow: 'short-video-package', name: 'job-1', input: { a: 1 } });
    const again = await engine().start({ workflow: 'short-video-package', name: 'job-1', input: { a: 1 } });
    expect(first).toEqual({ executionId: `${MACHINE}:job-1`, started: true });
    expect(again).toEqual({
      executionId: 'arn:aws:states:eu-west-1:123456789012:execution:contentflow-dev-short-video-package:job-1',
      started: false,
    });
    expect(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input).toEqual({
      stateMachineArn: MACHINE,
      name: 'job-1',
      input: '{"a":1}',
    });
  });

  test('a token the step no longer waits for is answered as stale, not retried', async () => {
    sfn.on(SendTaskSuccessCommand).rejects(new TaskTimedOut({ message: 'timed out', $metadata: {} }));
    expect(await engine().sendTaskSuccess('t', {})).toBe('stale');
  });
});

describe('cancellation on Step Functions', () => {
  const cancelled = jobCancelledV1.create({
    tenantId: 'tenant-1',
    data: {
      jobId: 'job-1',
      engine: 'orchestrator',
      task: 'short-video-package',
      cancelledBy: 'user-1',
      reason: 'typo',
    },
  });

  test('Job.Cancelled stops the execution named after the job, with the reason as its cause', async () => {
    sfn.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    expect(await stopCancelledWorkflow(cancelled.detail, { workflows: engine() })).toBe('stopped');
    expect(sfn.commandCalls(StopExecutionCommand).map((call) => call.args[0].input)).toEqual([
      {
        executionArn: 'arn:aws:states:eu-west-1:123456789012:execution:contentflow-dev-short-video-package:job-1',
        error: STOPPED_ERROR,
        cause: 'job job-1 was cancelled by user-1: typo',
      },
    ]);
  });

  test('an execution that never started is no error; any other refusal is, so the event is retried', async () => {
    sfn
      .on(StopExecutionCommand)
      .rejectsOnce(new ExecutionDoesNotExist({ message: 'no such execution', $metadata: {} }))
      .rejectsOnce(new InvalidArn({ message: 'bad arn', $metadata: {} }));
    await expect(stopCancelledWorkflow(cancelled.detail, { workflows: engine() })).resolves.toBe('stopped');
    await expect(stopCancelledWorkflow(cancelled.detail, { workflows: engine() })).rejects.toBeInstanceOf(InvalidArn);
  });
});

describe('the task-token bridge on Step Functions', () => {
  /** Stores one result of the step as its engine would, then answers the step's Job.Completed with it. */
  async function completeStep(result: { key: string; body: string; kind: string; mimeType: string; title?: string }) {
    const repositories = createSqliteRepositories(db);
    const blobs = new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' });
    await blobs.put(result.key, Buffer.from(result.body), { contentType: result.mimeType });
    const { content } = await repositories.content.create({
      tenantId: 'tenant-1',
      jobId: 'job-1',
      producerKey: `${step.stepName}:0`,
      kind: result.kind,
      mimeType: result.mimeType,
      ...(result.title === undefined ? {} : { title: result.title }),
      blobKey: result.key,
      bytes: Buffer.byteLength(result.body),
      metadata: {},
      provider: { engine: 'text', provider: 'offline' },
    });
    const completed = jobCompletedV1.create({
      source: 'contentflow.text',
      tenantId: 'tenant-1',
      data: { jobId: 'job-1', engine: 'text', contentIds: [content.id], step },
    });
    const answer = await answerTaskToken(completed.detailType, completed.detail, {
      workflows: engine(),
      content: repositories.content,
      blobs,
    });
    return { content, answer, sent: sfn.commandCalls(SendTaskSuccessCommand)[0]!.args[0].input };
  }

  test('Job.Completed resumes the step with the content ids, blob keys and the JSON result', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});
    const key = 'tenant-1/jobs/job-1/Script.0-script.json';
    const { content, answer, sent } = await completeStep({
      key,
      body: '{"script":{"hook":"Hi"}}',
      kind: 'text/script',
      mimeType: 'application/json',
    });
    expect(answer).toBe('accepted');
    expect(sent.taskToken).toBe('token-1');
    expect(JSON.parse(sent.output!)).toEqual({
      contentIds: [content.id],
      contents: [
        {
          contentId: content.id,
          kind: 'text/script',
          mimeType: 'application/json',
          blobKey: key,
          data: { script: { hook: 'Hi' } },
        },
      ],
    });
  });

  test('Job.Completed of a Markdown result resumes the step with its text and title', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});
    const key = 'tenant-1/jobs/job-1/Article.0-article.md';
    const markdown = '# Bread at home\n\nStart with a starter.\n';
    const { content, sent } = await completeStep({
      key,
      body: markdown,
      kind: 'text/article',
      mimeType: 'text/markdown',
      title: 'Bread at home',
    });
    expect(JSON.parse(sent.output!).contents).toEqual([
      {
        contentId: content.id,
        kind: 'text/article',
        mimeType: 'text/markdown',
        blobKey: key,
        title: 'Bread at home',
        data: { text: markdown },
      },
    ]);
  });

  test('Job.Failed fails the step with an error Retry can tell apart', async () => {
    sfn.on(SendTaskFailureCommand).resolves({});
    const repositories = createSqliteRepositories(db);
    const ports = {
      workflows: engine(),
      content: repositories.content,
      blobs: new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' }),
    };
    for (const retryable of [true, false]) {
      const failed = jobFailedV1.create({
        source: 'contentflow.video',
        tenantId: 'tenant-1',
        data: { jobId: 'job-1', engine: 'video', error: { code: 'FFMPEG_FAILED', message: 'boom', retryable }, step },
      });
      await answerTaskToken(failed.detailType, failed.detail, ports);
    }
    expect(sfn.commandCalls(SendTaskFailureCommand).map((call) => call.args[0].input)).toEqual([
      { taskToken: 'token-1', error: 'Engine.Retryable', cause: 'FFMPEG_FAILED: boom' },
      { taskToken: 'token-1', error: 'Engine.Failed', cause: 'FFMPEG_FAILED: boom' },
    ]);
  });

  test('an event of a single-engine job (no token) is ignored', async () => {
    const repositories = createSqliteRepositories(db);
    const completed = jobCompletedV1.create({
      source: 'contentflow.text',
      tenantId: 'tenant-1',
      data: { jobId: 'job-2', engine: 'text', contentIds: ['c-1'] },
    });
    const answer = await answerTaskToken(completed.detailType, completed.detail, {
      workflows: engine(),
      content: repositories.content,
      blobs: new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' }),
    });
    expect(answer).toBe('ignored');
    expect(sfn.calls()).toHaveLength(0);
  });
});
