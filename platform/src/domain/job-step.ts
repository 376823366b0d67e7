import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { idSchema } from './ids.ts';
import { type Job, type JobStatus, type JobStep, jobErrorSchema, jobProgressSchema, jobStepNameSchema } from './job.ts';

/** When it happened (the event's occurredAt), not when it was recorded; kept to the millisecond like every instant. */
const at = z.iso.datetime().transform((iso) => new Date(iso).toISOString());
const attempt = z.int().min(1).max(1000);

/**
 * What one event says happened to a step. `concluded` is the package's verdict (Package.Completed), given once for
 * every step after all retries, without an attempt number.
 */
export const jobStepChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), name: jobStepNameSchema, attempt, at }),
  z.object({ kind: z.literal('progressed'), name: jobStepNameSchema, attempt, at, progress: jobProgressSchema }),
  z.object({ kind: z.literal('succeeded'), name: jobStepNameSchema, attempt, at, contentIds: z.array(idSchema) }),
  z.object({ kind: z.literal('failed'), name: jobStepNameSchema, attempt, at, error: jobErrorSchema }),
  z.object({
    kind: z.literal('concluded'),
    name: jobStepNameSchema,
    at,
    status: z.enum(['succeeded', 'failed', 'skipped']),
    contentIds: z.array(idSchema),
    error: jobErrorSchema.optional(),
  }),
]);

export type JobStepChange = z.infer<typeof jobStepChangeSchema>;

const ACTIVE_JOB: ReadonlySet<JobStatus> = new Set(['queued', 'running']);

/** A step the state machine may still run again: a running attempt, or a failed one it retries. */
function supersedable(step: JobStep): boolean {
  return step.status === 'running' || step.status === 'failed';
}

/** The record a change makes for an attempt seen for the first time (its earlier events may still be on the way). */
function firstRecord(change: Exclude<JobStepChange, { kind: 'concluded' }>): JobStep {
  const base = { name: change.name, attempt: change.attempt, contentIds: [] };
  switch (change.kind) {
    case 'started':
      return { ...base, status: 'running', startedAt: change.at };
    case 'progressed':
      return { ...base, status: 'running', progress: change.progress };
    case 'succeeded':
      return { ...base, status: 'succeeded', finishedAt: change.at, contentIds: change.contentIds };
    case 'failed':
      return { ...base, status: 'failed', finishedAt: change.at, error: change.error };
  }
}

function verdict(current: JobStep | undefined, change: Extract<JobStepChange, { kind: 'concluded' }>): JobStep | null {
  if (current?.status === change.status) return null;
  const ran = change.status !== 'skipped';
  return {
    name: change.name,
    status: change.status,
    attempt: current?.attempt ?? (ran ? 1 : 0),
    ...(current?.startedAt ? { startedAt: current.startedAt } : {}),
    ...(ran ? { finishedAt: change.at } : {}),
    ...(current?.progress ? { progress: current.progress } : {}),
    contentIds: change.contentIds.length > 0 ? change.contentIds : (current?.contentIds ?? []),
    ...(change.error ? { error: change.error } : {}),
  };
}

/** The step after `change`, or null when the change is a duplicate, late or out of order. */
function nextStep(current: JobStep | undefined, change: JobStepChange): JobStep | null {
  if (change.kind === 'concluded') return verdict(current, change);
  if (!current || (change.attempt > current.attempt && supersedable(current))) return firstRecord(change);
  if (change.attempt !== current.attempt || current.status !== 'running') return null;
  switch (change.kind) {
    case 'started':
      return null;
    case 'progressed': {
      const before = current.progress;
      if (before && (change.progress.percent < before.percent || isDeepStrictEqual(before, change.progress))) {
        return null;
      }
      return { ...current, progress: change.progress };
    }
    case 'succeeded':
      return { ...current, status: 'succeeded', finishedAt: change.at, contentIds: change.contentIds };
    case 'failed':
      return { ...current, status: 'failed', finishedAt: change.at, error: change.error };
  }
}

/**
 * A workflow job's steps after one step event, or null when the event changes nothing. Steps only move forward:
 * - within an attempt, `running` → `succeeded` | `failed`, progress never goes down, and a finished attempt stays so;
 * - a higher attempt supersedes a running or failed one (a retry); a succeeded or skipped step is final;
 * - the package's verdict (`concluded`) settles each step whatever the engine events said, unless they agree;
 * - a step starts or progresses only while its job is queued or running; results are recorded in any status
 *   (work finished after a cancel still happened).
 * Every adapter applies this one function, so SQLite and MongoDB cannot drift apart.
 */
export function applyJobStepChange(job: Pick<Job, 'status' | 'steps'>, change: JobStepChange): JobStep[] | null {
  const parsed = jobStepChangeSchema.parse(change);
  if ((parsed.kind === 'started' || parsed.kind === 'progressed') && !ACTIVE_JOB.has(job.status)) return null;
  const index = job.steps.findIndex((step) => step.name === parsed.name);
  const next = nextStep(index < 0 ? undefined : job.steps[index], parsed);
  if (next === null) return null;
  return index < 0 ? [...job.steps, next] : job.steps.map((step, position) => (position === index ? next : step));
}
