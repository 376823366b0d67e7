import { describe, expect, test } from 'vitest';
import type { JobStep } from './job.ts';
import { applyJobStepChange } from './job-step.ts';

// The storage-independent rules; the repository contract tests show both adapters apply them atomically.

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-01T09:00:05.000Z';
const running = (steps: JobStep[] = []) => ({ status: 'running' as const, steps });

describe('applyJobStepChange', () => {
  test('an attempt seen first by its result (its start still on the way) is recorded as it ended', () => {
    const steps = applyJobStepChange(running(), {
      kind: 'succeeded',
      name: 'Title',
      attempt: 1,
      at: T1,
      contentIds: ['c-1'],
    });
    expect(steps).toEqual([{ name: 'Title', status: 'succeeded', attempt: 1, finishedAt: T1, contentIds: ['c-1'] }]);
    // …and the start arriving late changes nothing.
    expect(applyJobStepChange(running(steps!), { kind: 'started', name: 'Title', attempt: 1, at: T0 })).toBeNull();
  });

  test('progress before the start marks the step running, without inventing a start time', () => {
    const steps = applyJobStepChange(running(), {
      kind: 'progressed',
      name: 'Video',
      attempt: 1,
      at: T1,
      progress: { percent: 20 },
    });
    expect(steps).toEqual([
      { name: 'Video', status: 'running', attempt: 1, progress: { percent: 20 }, contentIds: [] },
    ]);
  });

  test('the package verdict wins over an attempt the engine events left failed', () => {
    const failed: JobStep = {
      name: 'Music',
      status: 'failed',
      attempt: 1,
      startedAt: T0,
      finishedAt: T0,
      contentIds: [],
      error: { code: 'BUSY', message: 'retry' },
    };
    const steps = applyJobStepChange(running([failed]), {
      kind: 'concluded',
      name: 'Music',
      at: T1,
      status: 'succeeded',
      contentIds: ['c-m'],
    });
    expect(steps).toEqual([
      { name: 'Music', status: 'succeeded', attempt: 1, startedAt: T0, finishedAt: T1, contentIds: ['c-m'] },
    ]);
  });

  test('instants are kept to the millisecond, in UTC, as every adapter stores them', () => {
    const steps = applyJobStepChange(running(), {
      kind: 'started',
      name: 'Script',
      attempt: 1,
      at: '2026-03-01T09:00:00.123456Z',
    });
    expect(steps?.[0]?.startedAt).toBe('2026-03-01T09:00:00.123Z');
  });

  test('other steps keep their place and content', () => {
    const script: JobStep = { name: 'Script', status: 'succeeded', attempt: 1, contentIds: ['c-s'] };
    const steps = applyJobStepChange(running([script]), { kind: 'started', name: 'Video', attempt: 1, at: T0 });
    expect(steps?.map((step) => step.name)).toEqual(['Script', 'Video']);
    expect(steps?.[0]).toBe(script);
  });
});
