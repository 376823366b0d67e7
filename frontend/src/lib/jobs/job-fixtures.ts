import type { Job } from '../api/resources.ts';

/** A job as the API shows it, with `overrides` applied. */
export function aJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    engine: 'text',
    task: 'analyze',
    status: 'queued',
    progress: { percent: 0 },
    contentIds: [],
    input: { text: 'Hello there.' },
    createdAt: '2026-11-26T12:00:00.000Z',
    updatedAt: '2026-11-26T12:00:00.000Z',
    ...overrides,
  };
}
