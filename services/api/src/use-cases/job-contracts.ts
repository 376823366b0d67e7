import { ORCHESTRATOR_JOB_RUNNER, type TaskContract, type WorkflowContract } from '@contentflow/events';
import type { z } from 'zod';
import { findTaskContract, quoted } from './task-lookup.ts';
import { InvalidRequestError } from './use-case-errors.ts';

/** What a job may be submitted for: one engine's task, or a workflow the orchestrator runs across engines. */
export interface JobContract {
  engine: string;
  task: string;
  /** How messages name it: `text.analyze`, `workflow short-video-package`. */
  key: string;
  input: z.ZodType;
}

/** Everything jobs may be submitted for (`TASK_CATALOG` and `WORKFLOW_CATALOG` in production). */
export interface JobCatalog {
  tasks: readonly TaskContract[];
  workflows: readonly WorkflowContract[];
}

/** A workflow job is a job like any other: the orchestrator is its engine and the workflow's name its task. */
export function workflowJobContract(workflow: WorkflowContract): JobContract {
  return {
    engine: ORCHESTRATOR_JOB_RUNNER,
    task: workflow.name,
    key: `workflow ${workflow.name}`,
    input: workflow.request,
  };
}

/** The contract for `engine.task`, or an error that names what the caller may use instead. */
export function findJobContract(catalog: JobCatalog, engine: string, task: string): JobContract {
  if (engine !== ORCHESTRATOR_JOB_RUNNER) return findTaskContract(catalog.tasks, engine, task);
  const workflow = catalog.workflows.find((candidate) => candidate.name === task);
  if (!workflow) {
    const message = `unknown workflow "${task}"; known workflows: ${quoted(catalog.workflows.map((w) => w.name))}`;
    throw new InvalidRequestError(message, [{ path: 'task', message }]);
  }
  return workflowJobContract(workflow);
}
