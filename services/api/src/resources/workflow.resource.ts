import type { WorkflowContract } from '@contentflow/events';
import { JOB_STATUSES } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';
import {
  EXECUTION_STEP_STATUSES,
  type ExecutionStep,
  type WorkflowExecution,
} from '../use-cases/workflow-executions.ts';

export const WorkflowCatalogSchema = z
  .object({
    workflows: z.array(
      z.object({
        name: z.string().openapi({ example: 'short-video-package' }),
        title: z.string(),
        description: z.string(),
        steps: z.array(z.string()).openapi({ description: 'Every step the package reports, in order.' }),
        example: z.unknown().openapi({ description: 'A valid request body for this workflow.' }),
        requestSchema: z
          .record(z.string(), z.unknown())
          .openapi({ description: 'The request body’s JSON Schema (draft-07).' }),
      }),
    ),
  })
  .openapi('WorkflowCatalog');

export type WorkflowCatalogResource = z.infer<typeof WorkflowCatalogSchema>;

export function toWorkflowCatalog(workflows: readonly WorkflowContract[]): WorkflowCatalogResource {
  return {
    workflows: workflows.map((workflow) => ({
      name: workflow.name,
      title: workflow.title,
      description: workflow.description,
      steps: [...workflow.steps],
      example: workflow.example,
      requestSchema: workflow.requestJsonSchema(),
    })),
  };
}

export const WorkflowStepSchema = z
  .object({
    name: z.string().openapi({ example: 'Video' }),
    status: z.enum(EXECUTION_STEP_STATUSES),
    attempt: z.int().openapi({ description: '1 for the first run, 2 for its first retry…; 0 if it never ran.' }),
    startedAt: z.iso.datetime().optional(),
    finishedAt: z.iso.datetime().optional(),
    durationMs: z.int().optional().openapi({ description: 'How long it ran, or has been running.' }),
    progress: z.object({ percent: z.number().min(0).max(100), message: z.string().optional() }).optional(),
    contentIds: z.array(z.string()).openapi({ description: 'The content this step made.' }),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('WorkflowStep');

export type WorkflowStepResource = z.infer<typeof WorkflowStepSchema>;

export function toWorkflowStepResource(step: ExecutionStep): WorkflowStepResource {
  return {
    name: step.name,
    status: step.status,
    attempt: step.attempt,
    ...(step.startedAt ? { startedAt: step.startedAt } : {}),
    ...(step.finishedAt ? { finishedAt: step.finishedAt } : {}),
    ...(step.durationMs === undefined ? {} : { durationMs: Math.round(step.durationMs) }),
    ...(step.progress ? { progress: step.progress } : {}),
    contentIds: step.contentIds,
    ...(step.error ? { error: step.error } : {}),
  };
}

export const ExecutionSchema = z
  .object({
    id: z.string().openapi({ description: 'The package job’s id (the execution is named after it).' }),
    workflow: z.string().openapi({ example: 'short-video-package' }),
    status: z.enum(JOB_STATUSES),
    progress: z.object({ percent: z.number().min(0).max(100), message: z.string().optional() }),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    steps: z.array(WorkflowStepSchema).openapi({ description: 'Every step of the workflow, in order.' }),
    contentIds: z.array(z.string()).openapi({ description: 'Everything the package made, once it finished.' }),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().optional(),
    finishedAt: z.iso.datetime().optional(),
  })
  .openapi('WorkflowExecution');

export type ExecutionResource = z.infer<typeof ExecutionSchema>;

export function toExecutionResource({ job, workflow, steps }: WorkflowExecution): ExecutionResource {
  return {
    id: job.id,
    workflow,
    status: job.status,
    progress: job.progress,
    ...(job.error ? { error: job.error } : {}),
    steps: steps.map(toWorkflowStepResource),
    contentIds: job.contentIds,
    createdAt: job.createdAt,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  };
}
