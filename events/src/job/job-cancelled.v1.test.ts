import { describe, expect, test } from 'vitest';
import { jobCancelledV1 } from './job-cancelled.v1.ts';

describe('Job.Cancelled v1', () => {
  const data = { jobId: 'job-1', engine: 'orchestrator', task: 'short-video-package', cancelledBy: 'user-1' } as const;

  test('names who runs the job, a workflow included, so each runner can match its own', () => {
    const entry = jobCancelledV1.create({ tenantId: 't', data: { ...data, reason: 'wrong topic' } });
    expect(entry).toMatchObject({ source: 'contentflow.jobs', detailType: 'Job.Cancelled' });
    expect(entry.detail.data).toEqual({ ...data, reason: 'wrong topic' });
    expect(jobCancelledV1.pattern({ data: { engine: ['orchestrator'] } }).detail).toEqual({
      data: { engine: ['orchestrator'] },
      metadata: { version: ['1'] },
    });
  });

  test('only the job processor announces it', () => {
    expect(() =>
      // @ts-expect-error: the source is checked at compile time too.
      jobCancelledV1.create({ source: 'contentflow.video', tenantId: 't', data }),
    ).toThrow(/cannot come from contentflow.video/);
  });
});
