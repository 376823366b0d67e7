import { z } from 'zod';
import { idSchema, newId } from './ids.ts';
import { type JsonObject, jsonObjectSchema } from './json.ts';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const jobStatusSchema = z.enum(JOB_STATUSES);

/**
 * For each target status, the statuses a job may leave to reach it. Adapters apply a transition only while the
 * job is in one of these (compare-and-set), so a duplicate or late message can neither move a job backwards
 * nor finish it twice.
 */
export const JOB_TRANSITION_SOURCES = {
  running: ['queued'],
  succeeded: ['running'],
  failed: ['queued', 'running'],
  cancelled: ['queued', 'running'],
} as const satisfies Record<Exclude<JobStatus, 'queued'>, readonly JobStatus[]>;

export interface JobProgress {
  /** 0–100; never decreases while the job runs. */
  percent: number;
  message?: string;
}

export interface JobError {
  code: string;
  message: string;
}

export const JOB_STEP_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type JobStepStatus = (typeof JOB_STEP_STATUSES)[number];
export const jobStepStatusSchema = z.enum(JOB_STEP_STATUSES);

/**
 * One step of a workflow job (a state of its state machine that asked an engine for work), as its events told it.
 * Single-engine jobs have none.
 */
export interface JobStep {
  /** The state's name, e.g. `Video`. */
  name: string;
  status: JobStepStatus;
  /** 1 for the first run, 2 for its first retry…; 0 for a step that was skipped without ever running. */
  attempt: number;
  startedAt?: string;
  finishedAt?: string;
  /** The engine's last progress report for this attempt. */
  progress?: JobProgress;
  contentIds: string[];
  error?: JobError;
}

export interface Job {
  id: string;
  tenantId: string;
  engine: string;
  task: string;
  input: JsonObject;
  status: JobStatus;
  progress: JobProgress;
  error?: JobError;
  contentIds: string[];
  /** The steps of a workflow job, in the order they were first seen; empty for a single-engine job. */
  steps: JobStep[];
  idempotencyKey?: string;
  correlationId: string;
  createdAt: string;
  updatedAt: string;
  startedAt?: string;
  finishedAt?: string;
}

export const jobProgressSchema = z.object({
  percent: z.number().min(0).max(100),
  message: z.string().max(500).optional(),
});

export const jobErrorSchema = z.object({
  code: z.string().min(1).max(100),
  message: z.string().max(2000),
});

/** State names are word-like: they are stored as keys and shown in paths and terminals. */
export const jobStepNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'a step name is a letter then up to 63 of [A-Za-z0-9_-]');

export const jobStepSchema = z.object({
  name: jobStepNameSchema,
  status: jobStepStatusSchema,
  attempt: z.int().min(0).max(1000),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
  progress: jobProgressSchema.optional(),
  contentIds: z.array(idSchema),
  error: jobErrorSchema.optional(),
});

export const newJobSchema = z.object({
  tenantId: idSchema,
  engine: z.string().min(1).max(64),
  task: z.string().min(1).max(128),
  input: jsonObjectSchema,
  idempotencyKey: z.string().min(1).max(255).optional(),
  correlationId: z.string().min(1).max(255),
});

export type NewJob = z.input<typeof newJobSchema>;

export function buildJob(input: NewJob, now: Date): Job {
  const parsed = newJobSchema.parse(input);
  const at = now.toISOString();
  return {
    id: newId(),
    tenantId: parsed.tenantId,
    engine: parsed.engine,
    task: parsed.task,
    input: parsed.input,
    status: 'queued',
    progress: { percent: 0 },
    contentIds: [],
    steps: [],
    ...(parsed.idempotencyKey === undefined ? {} : { idempotencyKey: parsed.idempotencyKey }),
    correlationId: parsed.correlationId,
    createdAt: at,
    updatedAt: at,
  };
}

export type JobTransition =
  | { to: 'running' }
  | { to: 'succeeded' }
  | { to: 'failed'; error: JobError }
  | { to: 'cancelled' };

export const jobTransitionSchema: z.ZodType<JobTransition> = z.discriminatedUnion('to', [
  z.object({ to: z.literal('running') }),
  z.object({ to: z.literal('succeeded') }),
  z.object({ to: z.literal('failed'), error: jobErrorSchema }),
  z.object({ to: z.literal('cancelled') }),
]);

/** The fields a transition writes, computed once so every adapter writes the same thing. */
export interface JobTransitionPatch {
  status: Exclude<JobStatus, 'queued'>;
  from: readonly JobStatus[];
  updatedAt: string;
  startedAt?: string;
  finishedAt?: string;
  error?: JobError;
  /** Success completes the progress bar whatever the last report said. */
  completeProgress: boolean;
}

export function jobTransitionPatch(transition: JobTransition, now: Date): JobTransitionPatch {
  const parsed = jobTransitionSchema.parse(transition);
  const at = now.toISOString();
  const base = { status: parsed.to, from: JOB_TRANSITION_SOURCES[parsed.to], updatedAt: at, completeProgress: false };
  switch (parsed.to) {
    case 'running':
      return { ...base, startedAt: at };
    case 'succeeded':
      return { ...base, finishedAt: at, completeProgress: true };
    case 'failed':
      return { ...base, finishedAt: at, error: parsed.error };
    case 'cancelled':
      return { ...base, finishedAt: at };
  }
}
