import { ORCHESTRATOR_JOB_RUNNER } from '@contentflow/events';
import { JOB_STATUSES, type Job } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';
import { executionStep } from '../use-cases/workflow-executions.ts';
import { toWorkflowStepResource, WorkflowStepSchema } from './workflow.resource.ts';

export const JobSchema = z
  .object({
    id: z.string(),
    engine: z.string().openapi({ example: 'text' }),
    task: z.string().openapi({ example: 'analyze' }),
    status: z.enum(JOB_STATUSES),
    progress: z.object({
      percent: z.number().min(0).max(100),
      message: z.string().optional(),
    }),
    error: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .openapi({ description: 'Why the job failed.' }),
    contentIds: z.array(z.string()).openapi({ description: 'The content the job produced, in order.' }),
    input: z.record(z.string(), z.unknown()).openapi({ description: 'The input the job was submitted with.' }),
    steps: z
      .array(WorkflowStepSchema)
      .optional()
      .openapi({ description: 'A workflow job’s steps so far, as its events told them (every step: its execution).' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    startedAt: z.iso.datetime().optional(),
    finishedAt: z.iso.datetime().optional(),
  })
  .openapi('Job');

export type JobResource = z.infer<typeof JobSchema>;

export const JobPageSchema = z
  .object({
    items: z.array(JobSchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .openapi('JobPage');

/** A job as the API shows it: tenant, correlation and idempotency internals stay inside. */
export function toJobResource(job: Job): JobResource {
  const now = new Date();
  return {
    id: job.id,
    engine: job.engine,
    task: job.task,
    status: job.status,
    progress: job.progress,
    ...(job.error ? { error: job.error } : {}),
    contentIds: job.contentIds,
    input: job.input,
    ...(job.engine === ORCHESTRATOR_JOB_RUNNER
      ? { steps: job.steps.map((step) => toWorkflowStepResource(executionStep(step, job, now))) }
      : {}),
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  };
}
