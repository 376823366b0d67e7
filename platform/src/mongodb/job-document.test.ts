import { describe, expect, test } from 'vitest';
import type { Job } from '../domain/job.ts';
import type { JobDocument } from './documents.ts';
import { jobFromDocument, jobToDocument } from './job-document.ts';

const finishedJob: Job = {
  id: 'job-1',
  tenantId: 'tenant-a',
  engine: 'orchestrator',
  task: 'short',
  input: { topic: 'tides' },
  status: 'succeeded',
  progress: { percent: 100, message: 'done' },
  contentIds: ['content-1'],
  steps: [
    {
      name: 'Script',
      status: 'succeeded',
      attempt: 1,
      startedAt: '2026-03-01T09:00:01.000Z',
      finishedAt: '2026-03-01T09:00:05.000Z',
      contentIds: ['content-1'],
    },
    { name: 'Voice', status: 'skipped', attempt: 0, contentIds: [] },
  ],
  idempotencyKey: 'key-1',
  correlationId: 'corr-1',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:06.000Z',
  startedAt: '2026-03-01T09:00:00.500Z',
  finishedAt: '2026-03-01T09:00:06.000Z',
};

describe('job documents', () => {
  test('store instants as dates under a string _id, and read back the same job', () => {
    const document = jobToDocument(finishedJob);
    expect(document._id).toBe('job-1');
    expect(document).not.toHaveProperty('id');
    expect(document.finishedAt).toEqual(new Date('2026-03-01T09:00:06.000Z'));
    expect(document.steps?.[0]?.startedAt).toEqual(new Date('2026-03-01T09:00:01.000Z'));
    expect(document.steps?.[1]).not.toHaveProperty('startedAt');
    expect(jobFromDocument(document)).toEqual(finishedJob);
  });

  test('a document written before jobs had steps reads as a job without steps', () => {
    const legacy: JobDocument = {
      _id: 'job-2',
      tenantId: 'tenant-a',
      engine: 'text',
      task: 'analyze',
      input: {},
      status: 'queued',
      progress: { percent: 0 },
      contentIds: [],
      correlationId: 'corr-2',
      createdAt: new Date('2026-03-01T09:00:00.000Z'),
      updatedAt: new Date('2026-03-01T09:00:00.000Z'),
    };
    const job = jobFromDocument(legacy);
    expect(job.steps).toEqual([]);
    expect(job).toMatchObject({ id: 'job-2', createdAt: '2026-03-01T09:00:00.000Z', startedAt: undefined });
  });
});
