import { jobStatusSchema } from '@contentflow/platform';
import { z } from 'zod';

/**
 * The API's answers as this client understands them. Every response is parsed with these, so a server speaking
 * another version fails with a clear message instead of printing half-understood data. Unknown fields are
 * ignored, so a server that only adds fields still works.
 */

export const TokenResource = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime() });
export type TokenResource = z.infer<typeof TokenResource>;

export const UserResource = z.object({ id: z.string(), email: z.string(), name: z.string() });
export const UserEnvelope = z.object({ user: UserResource });
export type UserResource = z.infer<typeof UserResource>;

/** The step statuses a reader sees: recorded ones, and `pending` / `cancelled` for steps not run to their end. */
export const STEP_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled'] as const;

export const WorkflowStepResource = z.object({
  name: z.string(),
  status: z.enum(STEP_STATUSES),
  attempt: z.number().int().nonnegative(),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
  durationMs: z.number().int().nonnegative().optional(),
  progress: z.object({ percent: z.number().min(0).max(100), message: z.string().optional() }).optional(),
  contentIds: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type WorkflowStepResource = z.infer<typeof WorkflowStepResource>;

export const JobResource = z.object({
  id: z.string(),
  engine: z.string(),
  task: z.string(),
  status: jobStatusSchema,
  progress: z.object({ percent: z.number().min(0).max(100), message: z.string().optional() }),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  contentIds: z.array(z.string()),
  input: z.record(z.string(), z.unknown()),
  /** A workflow job's steps so far. */
  steps: z.array(WorkflowStepResource).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
});
export type JobResource = z.infer<typeof JobResource>;

export const JobPage = z.object({ items: z.array(JobResource), nextCursor: z.string().nullable() });
export type JobPage = z.infer<typeof JobPage>;

export const WorkflowResource = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  steps: z.array(z.string()),
  requestSchema: z.record(z.string(), z.unknown()),
});
export type WorkflowResource = z.infer<typeof WorkflowResource>;
export const WorkflowCatalog = z.object({ workflows: z.array(WorkflowResource) });

export const ExecutionResource = z.object({
  id: z.string(),
  workflow: z.string(),
  status: jobStatusSchema,
  progress: z.object({ percent: z.number().min(0).max(100), message: z.string().optional() }),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  steps: z.array(WorkflowStepResource),
  contentIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
});
export type ExecutionResource = z.infer<typeof ExecutionResource>;

export const ContentResource = z.object({
  id: z.string(),
  kind: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
  title: z.string().optional(),
});
export type ContentResource = z.infer<typeof ContentResource>;

/** RFC 9457, as every API error is sent. */
export const ProblemDocument = z.object({ status: z.number().int(), title: z.string(), detail: z.string() });

const TERMINAL_STATUSES: ReadonlySet<JobResource['status']> = new Set(['succeeded', 'failed', 'cancelled']);

/** A job in a status it never leaves. */
export function isFinished(job: JobResource): boolean {
  return TERMINAL_STATUSES.has(job.status);
}
