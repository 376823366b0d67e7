import type { Filter, UpdateFilter } from 'mongodb';
import type { JobProgress, JobTransitionPatch } from '../domain/job.ts';
import type { JobDocument, JobStepDocument } from './documents.ts';

/*
 * The conditional updates behind the job lifecycle. The condition lives in the filter, so MongoDB applies
 * "check and write" atomically per document (findOneAndUpdate): the compare-and-set the port promises.
 */

export interface ConditionalUpdate {
  filter: Filter<JobDocument>;
  update: UpdateFilter<JobDocument>;
}

export function transitionUpdate(tenantId: string, id: string, patch: JobTransitionPatch): ConditionalUpdate {
  return {
    filter: { _id: id, tenantId, status: { $in: [...patch.from] } },
    update: {
      $set: {
        status: patch.status,
        updatedAt: new Date(patch.updatedAt),
        ...(patch.startedAt === undefined ? {} : { startedAt: new Date(patch.startedAt) }),
        ...(patch.finishedAt === undefined ? {} : { finishedAt: new Date(patch.finishedAt) }),
        ...(patch.error === undefined ? {} : { error: patch.error }),
        ...(patch.completeProgress ? { 'progress.percent': 100 } : {}),
      },
    },
  };
}

export function progressUpdate(tenantId: string, id: string, progress: JobProgress, now: Date): ConditionalUpdate {
  return {
    filter: { _id: id, tenantId, status: 'running', 'progress.percent': { $lte: progress.percent } },
    update: { $set: { progress, updatedAt: now } },
  };
}

export function attachContentUpdate(tenantId: string, id: string, contentId: string, now: Date): ConditionalUpdate {
  return {
    filter: { _id: id, tenantId, contentIds: { $ne: contentId } },
    update: { $push: { contentIds: contentId }, $set: { updatedAt: now } },
  };
}

/**
 * Replaces the steps only if neither they nor the status changed since `read` was read (optimistic concurrency: the
 * next steps were computed from those), so concurrent step events on one job never overwrite each other.
 */
export function stepsUpdate(
  tenantId: string,
  id: string,
  read: Pick<JobDocument, 'status' | 'steps'>,
  steps: JobStepDocument[],
  now: Date,
): ConditionalUpdate {
  return {
    filter: {
      _id: id,
      tenantId,
      status: read.status,
      steps: read.steps === undefined ? { $exists: false } : read.steps,
    },
    update: { $set: { steps, updatedAt: now } },
  };
}
