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
