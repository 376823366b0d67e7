import { updateOne } from 'mingo';
import type { AnyObject } from 'mingo/types';
import type { Modifier } from 'mingo/updater';
import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, type JobStatus, type JobTransition, jobTransitionPatch } from '../domain/job.ts';
import type { JobDocument, JobStepDocument } from './documents.ts';
import {
  attachContentUpdate,
  type ConditionalUpdate,
  progressUpdate,
  stepsUpdate,
  transitionUpdate,
} from './job-updates.ts';

// No MongoDB server runs here, so these updates are evaluated by mingo, an in-memory implementation of
// MongoDB's query and update language, as findOneAndUpdate would apply them to one stored document.

const NOW = new Date('2026-03-01T10:00:00.000Z');

function jobDocument(status: JobStatus, overrides: Partial<JobDocument> = {}): AnyObject {
  const document: JobDocument = {
    _id: 'job-1',
    tenantId: 'tenant-a',
    engine: 'text',
    task: 'analyze',
    input: {},
    status,
    progress: { percent: 40, message: 'halfway' },
    contentIds: [],
    correlationId: 'corr-1',
    createdAt: new Date('2026-03-01T09:00:00.000Z'),
    updatedAt: new Date('2026-03-01T09:00:00.000Z'),
    ...overrides,
  };
  return { ...document };
}

/** Applies the update the way findOneAndUpdate would; returns the document after it, or null if nothing matched. */
function apply(document: AnyObject, { filter, update }: ConditionalUpdate): AnyObject | null {
  const documents = [structuredClone(document)];
  // The driver and mingo type MongoDB's update language separately; the update is the same plain object to both.
  const { matchedCount } = updateOne(documents, filter, update as Modifier<AnyObject>);
  return matchedCount === 1 ? documents[0]! : null;
}

const TRANSITIONS: Record<JobTransition['to'], JobTransition> = {
  running: { to: 'running' },
  succeeded: { to: 'succeeded' },
  failed: { to: 'failed', error: { code: 'E', message: 'boom' } },
  cancelled: { to: 'cancelled' },
};

// Written out rather than derived from JOB_TRANSITION_SOURCES, so a change there has to be deliberate.
const ALLOWED = new Set([
  'queued→running',
  'running→succeeded',
  'queued→failed',
  'running→failed',
  'queued→cancelled',
  'running→cancelled',
]);

describe('job updates (compare-and-set filters)', () => {
  for (const from of JOB_STATUSES) {
    for (const transition of Object.values(TRANSITIONS)) {
      const allowed = ALLOWED.has(`${from}→${transition.to}`);
      it(`${allowed ? 'applies' : 'refuses'} ${from} → ${transition.to}`, () => {
        const update = transitionUpdate('tenant-a', 'job-1', jobTransitionPatch(transition, NOW));
        const after = apply(jobDocument(from), update);
        if (!allowed) return expect(after).toBeNull();
        expect(after?.status).toBe(transition.to);
        expect(after?.updatedAt).toEqual(NOW);
      });
    }
  }

  it('stamps the start, the finish, the error and a full progress bar', () => {
    const started = apply(
      jobDocument('queued'),
      transitionUpdate('tenant-a', 'job-1', jobTransitionPatch(TRANSITIONS.running, NOW)),
    );
    expect(started).toMatchObject({ startedAt: NOW });
    expect(started?.finishedAt).toBeUndefined();

    const succeeded = apply(
      jobDocument('running'),
      transitionUpdate('tenant-a', 'job-1', jobTransitionPatch(TRANSITIONS.succeeded, NOW)),
    );
    expect(succeeded).toMatchObject({ finishedAt: NOW, progress: { percent: 100, message: 'halfway' } });

    const failed = apply(
      jobDocument('running'),
      transitionUpdate('tenant-a', 'job-1', jobTransitionPatch(TRANSITIONS.failed, NOW)),
    );
    expect(failed).toMatchObject({ finishedAt: NOW, error: { code: 'E', message: 'boom' }, progress: { percent: 40 } });
  });

  it("matches nothing of another tenant's job", () => {
    const patch = jobTransitionPatch(TRANSITIONS.running, NOW);
    expect(apply(jobDocument('queued'), transitionUpdate('tenant-b', 'job-1', patch))).toBeNull();
    expect(apply(jobDocument('running'), progressUpdate('tenant-b', 'job-1', { percent: 90 }, NOW))).toBeNull();
    expect(apply(jobDocument('running'), attachContentUpdate('tenant-b', 'job-1', 'c-1', NOW))).toBeNull();
  });

  it('moves progress forward only, and only while running', () => {
    expect(apply(jobDocument('running'), progressUpdate('tenant-a', 'job-1', { percent: 55 }, NOW))?.progress).toEqual({
      percent: 55,
    });
    expect(
      apply(jobDocument('running'), progressUpdate('tenant-a', 'job-1', { percent: 40, message: 'm' }, NOW)),
    ).not.toBeNull();
    expect(apply(jobDocument('running'), progressUpdate('tenant-a', 'job-1', { percent: 39 }, NOW))).toBeNull();
    for (const status of ['queued', 'succeeded', 'failed', 'cancelled'] as const) {
      expect(apply(jobDocument(status), progressUpdate('tenant-a', 'job-1', { percent: 90 }, NOW))).toBeNull();
    }
  });

  it('attaches a content id once', () => {
    const once = apply(jobDocument('running'), attachContentUpdate('tenant-a', 'job-1', 'c-1', NOW));
    expect(once?.contentIds).toEqual(['c-1']);
    expect(apply(once!, attachContentUpdate('tenant-a', 'job-1', 'c-1', NOW))).toBeNull();
    expect(apply(once!, attachContentUpdate('tenant-a', 'job-1', 'c-2', NOW))?.contentIds).toEqual(['c-1', 'c-2']);
  });

  describe('steps (optimistic compare-and-set)', () => {
    const script: JobStepDocument = { name: 'Script', status: 'running', attempt: 1, startedAt: NOW, contentIds: [] };
    const video: JobStepDocument = { name: 'Video', status: 'running', attempt: 1, contentIds: [] };
    const steps = (read: Pick<JobDocument, 'status' | 'steps'>, next: JobStepDocument[]) =>
      stepsUpdate('tenant-a', 'job-1', read, next, NOW);

    it('replaces the steps when neither they nor the status changed since they were read', () => {
      const after = apply(
        jobDocument('running', { steps: [script] }),
        steps({ status: 'running', steps: [script] }, [script, video]),
      );
      expect(after).toMatchObject({ steps: [script, video], updatedAt: NOW });
    });

    it('matches nothing once another writer changed the steps or the status', () => {
      const update = steps({ status: 'running', steps: [script] }, [script, video]);
      const finished = { ...script, status: 'succeeded' as const, finishedAt: NOW };
      expect(apply(jobDocument('running', { steps: [finished] }), update)).toBeNull();
      expect(apply(jobDocument('running', { steps: [] }), update)).toBeNull();
      expect(apply(jobDocument('cancelled', { steps: [script] }), update)).toBeNull();
      expect(apply(jobDocument('running', { steps: [script], tenantId: 'tenant-b' }), update)).toBeNull();
    });

    it('treats a document written before jobs had steps as having none', () => {
      const legacy = steps({ status: 'running' }, [video]);
      expect(apply(jobDocument('running'), legacy)?.steps).toEqual([video]);
      expect(apply(jobDocument('running', { steps: [] }), legacy)).toBeNull();
    });
  });
});
