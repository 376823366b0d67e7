import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  InvalidToken,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { JsonObject } from '@contentflow/platform';
import type {
  StartExecutionRequest,
  StartedExecution,
  TaskAnswer,
  TaskFailure,
  WorkflowEngine,
} from '../ports/workflow-engine.port.ts';

/** Step Functions' limits on a task failure's fields. */
const MAX_ERROR_CHARS = 256;
const MAX_CAUSE_CHARS = 32_768;
/** The error a stopped execution records: it was cancelled, not broken. */
export const STOPPED_ERROR = 'ContentFlow.Cancelled';

export interface SfnWorkflowEngineOptions {
  client?: SFNClient;
  /** The ARN of a workflow's state machine (`contentflow-<stage>-<name>`). */
  stateMachineArn: (workflow: string) => string;
}

/** The workflow engine on AWS Step Functions. */
export class SfnWorkflowEngine implements WorkflowEngine {
  readonly #client: SFNClient;
  readonly #stateMachineArn: (workflow: string) => string;

  constructor(options: SfnWorkflowEngineOptions) {
    this.#client = options.client ?? new SFNClient({});
    this.#stateMachineArn = options.stateMachineArn;
  }

  async start(request: StartExecutionRequest): Promise<StartedExecution> {
    const stateMachineArn = this.#stateMachineArn(request.workflow);
    try {
      const started = await this.#client.send(
        new StartExecutionCommand({ stateMachineArn, name: request.name, input: JSON.stringify(request.input) }),
      );
      return { executionId: started.executionArn!, started: true };
    } catch (error) {
      // Same name, different input: Step Functions refuses; same input it already accepted is answered above.
      if (error instanceof ExecutionAlreadyExists) {
        return { executionId: executionArnOf(stateMachineArn, request.name), started: false };
      }
      throw error;
    }
  }

  executionIdOf(workflow: string, name: string): string {
    return executionArnOf(this.#stateMachineArn(workflow), name);
  }

  /** Step Functions answers a stop of a finished execution without changing it; one never started is no error here. */
  async stop(executionId: string, cause: string): Promise<void> {
    try {
      await this.#client.send(
        new StopExecutionCommand({
          executionArn: executionId,
          error: STOPPED_ERROR,
          cause: cause.slice(0, MAX_CAUSE_CHARS),
        }),
      );
    } catch (error) {
      if (!(error instanceof ExecutionDoesNotExist)) throw error;
    }
  }

  sendTaskSuccess(taskToken: string, output: JsonObject): Promise<TaskAnswer> {
    return this.#answer(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  }

  sendTaskFailure(taskToken: string, failure: TaskFailure): Promise<TaskAnswer> {
    return this.#answer(
      new SendTaskFailureCommand({
        taskToken,
        error: failure.error.slice(0, MAX_ERROR_CHARS),
        cause: failure.cause.slice(0, MAX_CAUSE_CHARS),
      }),
    );
  }

  async #answer(command: SendTaskSuccessCommand | SendTaskFailureCommand): Promise<TaskAnswer> {
    try {
      await this.#client.send(command as SendTaskSuccessCommand);
      return 'accepted';
    } catch (error) {
      // The step gave up waiting (timeout, stop) or was answered by an earlier delivery of the same event.
      if (error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken) {
        return 'stale';
      }
      throw error;
    }
  }
}

/** `arn:…:stateMachine:<machine>` → `arn:…:execution:<machine>:<name>`. */
export function executionArnOf(stateMachineArn: string, name: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}
