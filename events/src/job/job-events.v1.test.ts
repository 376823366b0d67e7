import { describe, expect, test } from 'vitest';
import { EventValidationError } from '../event-errors.ts';
import { jobCompletedV1 } from './job-completed.v1.ts';
import { jobFailedV1 } from './job-failed.v1.ts';
import { jobProgressedV1 } from './job-progressed.v1.ts';
import { jobRequestedV1 } from './job-requested.v1.ts';

function failingPaths(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof EventValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

describe('Job.Requested v1', () => {
  const request = {
    jobId: 'job-1',
    engine: 'audio',
    task: 'voiceover',
    input: { script: 'Hello', voice: 'en-GB' },
    requestedBy: 'user-1',
  } as const;

  test('can be sent by the orchestrator for a workflow step waiting on a task token', () => {
    const step = { executionId: 'exec-1', stepName: 'Voiceover', taskToken: 'token-abc' };
    const entry = jobRequestedV1.create({
      source: 'contentflow.orchestrator',
      tenantId: 't',
      data: { ...request, step },
    });
    expect(entry.detail.data.step).toEqual(step);
  });

  test('rejects an unknown engine and a task that is not kebab-case', () => {
    const data = { ...request, engine: 'podcast', task: 'Voice Over' };
    // @ts-expect-error: engine and task are checked at compile time too.
    expect(failingPaths(() => jobRequestedV1.create({ source: 'contentflow.jobs', tenantId: 't', data }))).toEqual([
      'data.engine',
      'data.task',
    ]);
  });

  test('routes per engine with a data filter', () => {
    expect(jobRequestedV1.pattern({ data: { engine: ['audio'] } }).detail).toEqual({
      data: { engine: ['audio'] },
      metadata: { version: ['1'] },
    });
  });
});

describe('Job.Progressed v1', () => {
  test.each([
    [0, []],
    [100, []],
    [-1, ['data.percent']],
    [100.5, ['data.percent']],
  ])('percent %d', (percent, paths) => {
    const data = { jobId: 'job-1', engine: 'text', percent, message: 'Analysing' } as const;
    expect(failingPaths(() => jobProgressedV1.create({ source: 'contentflow.text', tenantId: 't', data }))).toEqual(
      paths,
    );
  });
});

describe('Job.Failed v1', () => {
  test('may come from the job processor without an engine', () => {
    const data = {
      jobId: 'job-1',
      error: { code: 'QUEUE_EXHAUSTED', message: 'Gave up after 5 tries', retryable: false },
    };
    expect(jobFailedV1.create({ source: 'contentflow.jobs', tenantId: 't', data }).detail.data.engine).toBeUndefined();
  });

  test('requires an UPPER_SNAKE_CASE error code', () => {
    const data = { jobId: 'job-1', error: { code: 'timeout', message: 'Timed out', retryable: true } };
    expect(failingPaths(() => jobFailedV1.create({ source: 'contentflow.jobs', tenantId: 't', data }))).toEqual([
      'data.error.code',
    ]);
  });
});

describe('Job.Completed v1', () => {
  test('names at least one content item', () => {
    const data = { jobId: 'job-1', contentIds: [] };
    expect(failingPaths(() => jobCompletedV1.create({ tenantId: 't', source: 'contentflow.text', data }))).toEqual([
      'data.contentIds',
    ]);
  });
});
