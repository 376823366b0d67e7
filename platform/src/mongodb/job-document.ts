import type { Job, JobStep } from '../domain/job.ts';
import { type JobDocument, type JobStepDocument, optionalDate, optionalIso } from './documents.ts';

/*
 * How a job is stored and read back: one mapping shared by the repository and the change stream feed, so a job
 * reaches a live reader exactly as the repository would return it.
 */

export function jobStepToDocument(step: JobStep): JobStepDocument {
  const { startedAt, finishedAt, ...rest } = step;
  const document: JobStepDocument = { ...rest };
  const started = optionalDate(startedAt);
  const finished = optionalDate(finishedAt);
  if (started) document.startedAt = started;
  if (finished) document.finishedAt = finished;
  return document;
}

function jobStepFromDocument(document: JobStepDocument): JobStep {
  const { startedAt, finishedAt, ...rest } = document;
  const step: JobStep = { ...rest };
  if (startedAt) step.startedAt = startedAt.toISOString();
  if (finishedAt) step.finishedAt = finishedAt.toISOString();
  return step;
}

export function jobToDocument(job: Job): JobDocument {
  const { id, createdAt, updatedAt, startedAt, finishedAt, steps, ...rest } = job;
  const document: JobDocument = {
    _id: id,
    ...rest,
    steps: steps.map(jobStepToDocument),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  };
  const started = optionalDate(startedAt);
  const finished = optionalDate(finishedAt);
  if (started) document.startedAt = started;
  if (finished) document.finishedAt = finished;
  return document;
}

export function jobFromDocument(document: JobDocument): Job {
  const { _id, createdAt, updatedAt, startedAt, finishedAt, steps, ...rest } = document;
  return {
    id: _id,
    ...rest,
    steps: (steps ?? []).map(jobStepFromDocument),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    startedAt: optionalIso(startedAt),
    finishedAt: optionalIso(finishedAt),
  };
}
