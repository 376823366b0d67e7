import * as z from 'zod/mini';

/**
 * What the site reads from the API, checked on arrival: the API is another deployable, so its answers cross a
 * boundary. Unknown fields are dropped (object schemas strip them), so additive API changes do not break the site.
 * The shapes follow services/api/src/resources/.
 */

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A workflow step as a reader sees it: `pending` is a step not reached yet. */
export const STEP_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

const jobErrorSchema = z.object({ code: z.string(), message: z.string() });

export const workflowStepSchema = z.object({
  name: z.string(),
  status: z.enum(STEP_STATUSES),
  /** 1 for the first run, 2 for its first retry…; 0 if it never ran. */
  attempt: z.number(),
  startedAt: z.optional(z.string()),
  finishedAt: z.optional(z.string()),
  /** How long it ran, or had been running when the API answered. */
  durationMs: z.optional(z.number()),
  progress: z.optional(z.object({ percent: z.number(), message: z.optional(z.string()) })),
  contentIds: z.array(z.string()),
  error: z.optional(jobErrorSchema),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const jobSchema = z.object({
  id: z.string(),
  engine: z.string(),
  task: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.object({ percent: z.number(), message: z.optional(z.string()) }),
  error: z.optional(jobErrorSchema),
  contentIds: z.array(z.string()),
  input: z.record(z.string(), z.unknown()),
  /** A workflow job's steps reported so far (engine `orchestrator`); the execution lists every step. */
  steps: z.optional(z.array(workflowStepSchema)),
  createdAt: z.string(),
  updatedAt: z.string(),
  startedAt: z.optional(z.string()),
  finishedAt: z.optional(z.string()),
});
export type Job = z.infer<typeof jobSchema>;

export const contentSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  kind: z.string(),
  mimeType: z.string(),
  bytes: z.number(),
  title: z.optional(z.string()),
  metadata: z.record(z.string(), z.unknown()),
  provider: z.object({ engine: z.string(), provider: z.string(), model: z.optional(z.string()) }),
  createdAt: z.string(),
});
export type Content = z.infer<typeof contentSchema>;

/** One page of a listing; `nextCursor` is null on the last page. */
function pageSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
export const jobPageSchema = pageSchema(jobSchema);
export const contentPageSchema = pageSchema(contentSchema);

const taskSchema = z.object({
  task: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  example: z.unknown(),
  produces: z.object({ kind: z.string(), mimeType: z.string() }),
  inputSchema: z.record(z.string(), z.unknown()),
});
export type TaskDescription = z.infer<typeof taskSchema>;

export const engineCatalogSchema = z.object({
  engines: z.array(z.object({ engine: z.string(), tasks: z.array(taskSchema) })),
});
export type EngineCatalog = z.infer<typeof engineCatalogSchema>;

/** A package job seen as its workflow's execution: every step in order, reached or not. */
export const executionSchema = z.object({
  id: z.string(),
  workflow: z.string(),
  status: z.enum(JOB_STATUSES),
  steps: z.array(workflowStepSchema),
});
export type Execution = z.infer<typeof executionSchema>;

const workflowSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  steps: z.array(z.string()),
  example: z.unknown(),
  requestSchema: z.record(z.string(), z.unknown()),
});
export type WorkflowDescription = z.infer<typeof workflowSchema>;

export const workflowCatalogSchema = z.object({ workflows: z.array(workflowSchema) });
export type WorkflowCatalog = z.infer<typeof workflowCatalogSchema>;

export const tokenSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const userEnvelopeSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), createdAt: z.string() }),
});
