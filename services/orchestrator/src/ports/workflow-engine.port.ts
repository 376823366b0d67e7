import type { JsonObject } from '@contentflow/platform';

export interface StartExecutionRequest {
  workflow: string;
  /** The job id: a second start with the same name is a no-op (Step Functions' idempotent StartExecution). */
  name: string;
  input: JsonObject;
}

export interface StartedExecution {
  executionId: string;
  /** False when an execution of that name already existed. */
  started: boolean;
}

/** A step's failure as Step Functions sees it: `error` is what Retry and Catch match. */
export interface TaskFailure {
  error: string;
  cause: string;
}

/** `stale`: the step no longer waits (timed out, stopped, answered already); a late answer changes nothing. */
export type TaskAnswer = 'accepted' | 'stale';

/** Step Functions, as the orchestrator uses it. Adapters: Step Functions (AWS) and aws-local-stepfunctions (local). */
export interface WorkflowEngine {
  start(request: StartExecutionRequest): Promise<StartedExecution>;
  /** The id `start` gives (or gave) the execution of `workflow` named `name`, whether or not it exists. */
  executionIdOf(workflow: string, name: string): string;
  /** Stops an execution (cancellation); stopping a finished or unknown one is a no-op. */
  stop(executionId: string, cause: string): Promise<void>;
  sendTaskSuccess(taskToken: string, output: JsonObject): Promise<TaskAnswer>;
  sendTaskFailure(taskToken: string, failure: TaskFailure): Promise<TaskAnswer>;
}
