import {
  findTask,
  type PackageCompletedV1Data,
  packageCompletedV1,
  TASK_CATALOG,
  type WorkflowContract,
} from '@contentflow/events';
import type { AslDefinition, JsonObject } from '@contentflow/platform';
import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { z } from 'zod';
import { TaskFailedError } from '../../local/local-workflow-engine.ts';
import { ENGINE_ERRORS, PUT_EVENTS, WAIT_FOR_ENGINE } from '../engine-step.ts';
import { taskStates } from '../task-states.ts';

/** One Job.Requested a step put on the bus: which engine and task it asks for, with what input. */
export interface EngineCall {
  stepName: string;
  engine: string;
  task: string;
  input: JsonObject;
}

/** A content item as the task-token bridge describes it to the waiting step. */
export interface BridgedContent {
  kind: string;
  mimeType: string;
  title?: string;
  data?: JsonObject;
}

/** What an engine answers a call with: the content it made, or a failure (thrown as the bridge fails a step). */
export type ScriptedEngine = (call: EngineCall) => BridgedContent;

export interface ScriptedRun {
  calls: EngineCall[];
  /** The Package.Completed the execution published, validated against its contract. */
  package: PackageCompletedV1Data;
}

const entrySchema = z.object({
  Entries: z.tuple([
    z.object({ DetailType: z.string(), Detail: z.object({ data: z.record(z.string(), z.unknown()) }) }),
  ]),
});

const jobRequestSchema = z.object({
  engine: z.string(),
  task: z.string(),
  input: z.record(z.string(), z.unknown()),
});

/** Makes an engine step fail for good, as the bridge does for a Job.Failed that is not retryable. */
export function engineFailure(cause: string): TaskFailedError {
  return new TaskFailedError({ error: ENGINE_ERRORS.final, cause });
}

/** A written script as the bridge brings text.script's JSON result. */
export function scriptContent(script: JsonObject): BridgedContent {
  return { kind: 'text/script', mimeType: 'application/json', data: { script } };
}

/**
 * Engines that answer as the bridge would: a task listed in `answers` with that content, any other with a file of
 * kind `<engine>/<task>`; the step named `fail`, if any, fails for good.
 */
export function scriptedEngines(answers: Readonly<Record<string, BridgedContent>>, fail?: string): ScriptedEngine {
  return (call) => {
    if (call.stepName === fail) throw engineFailure(`RENDER_FAILED: ${fail} broke`);
    return answers[call.task] ?? { kind: `${call.engine}/${call.task}`, mimeType: 'application/octet-stream' };
  };
}

/**
 * Runs a workflow's ASL on aws-local-stepfunctions, with each engine step answered by `engine` instead of a real
 * engine: a fast check of the data flow (what each step is asked, from what) and of partial packages. Every input
 * a step sends is validated against its task contract first, as the engine's runner would.
 */
export async function runWithScriptedEngines(
  contract: WorkflowContract,
  definition: AslDefinition,
  request: unknown,
  engine: ScriptedEngine,
): Promise<ScriptedRun> {
  const calls: EngineCall[] = [];
  const published: PackageCompletedV1Data[] = [];
  const mistakes: string[] = [];
  const handlers: Record<string, (input: unknown) => Promise<JsonObject>> = {};
  for (const stepName of taskStates(definition.States, WAIT_FOR_ENGINE)) {
    handlers[stepName] = async (parameters) => {
      const {
        engine: engineName,
        task,
        input,
      } = jobRequestSchema.parse(entrySchema.parse(parameters).Entries[0].Detail.data);
      const call: EngineCall = { stepName, engine: engineName, task, input: input as JsonObject };
      calls.push(call);
      const valid = findTask(TASK_CATALOG, engineName, task)?.input.safeParse(input);
      if (!valid?.success) {
        // The step's Catch would turn this into a quiet `failed` step: the run reports it instead.
        mistakes.push(
          `${stepName} asks ${engineName}.${task} with an input it rejects: ${valid?.error ?? 'no such task'}`,
        );
        throw new Error(mistakes.at(-1));
      }
      const content = engine(call);
      const contentId = `content-${stepName.toLowerCase()}`;
      return {
        contentIds: [contentId],
        contents: [{ contentId, blobKey: `tenant-1/jobs/job-1/${stepName}.0`, data: {}, ...content }],
      };
    };
  }
  for (const stateName of taskStates(definition.States, PUT_EVENTS)) {
    handlers[stateName] = async (parameters) => {
      const { DetailType, Detail } = entrySchema.parse(parameters).Entries[0];
      if (DetailType !== packageCompletedV1.detailType) throw new Error(`${stateName} publishes ${DetailType}`);
      published.push(packageCompletedV1.dataSchema.parse(Detail.data));
      return {};
    };
  }
  const machine = new StateMachine(definition as unknown as StateMachineDefinition, {
    validationOptions: { checkArn: false },
  });
  const execution = machine.run(
    {
      jobId: 'job-1',
      tenantId: 'tenant-1',
      requestedBy: 'user-1',
      request: contract.request.parse(request) as JsonObject,
      config: { schedule: false },
    },
    {
      overrides: { taskResourceLocalHandlers: handlers },
      context: {
        Execution: { Id: 'local:test:job-1', Name: 'job-1' },
        State: { Name: '', EnteredTime: new Date().toISOString(), RetryCount: 0 },
        Task: { Token: 'token' },
      },
    },
  );
  await execution.result;
  if (mistakes.length > 0) throw new Error(mistakes.join('\n'));
  const [completed] = published;
  if (!completed || published.length !== 1) throw new Error(`expected one Package.Completed, got ${published.length}`);
  return { calls, package: completed };
}

/** The call a step made, by step name. */
export function callOf(run: ScriptedRun, stepName: string): EngineCall | undefined {
  return run.calls.find((call) => call.stepName === stepName);
}
