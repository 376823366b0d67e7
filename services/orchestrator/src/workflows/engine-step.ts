import { type Engine, ORCHESTRATOR_SOURCE } from '@contentflow/events';
import type { JsonObject } from '@contentflow/platform';

/** The integration every engine step uses: put a Job.Requested on the bus and wait for the bridge's answer. */
export const WAIT_FOR_ENGINE = 'arn:aws:states:::events:putEvents.waitForTaskToken';
/** Fire-and-forget PutEvents, for the package announcement. */
export const PUT_EVENTS = 'arn:aws:states:::events:putEvents';

/** Error names the bridge gives SendTaskFailure, so Retry can tell a transient engine failure from a final one. */
export const ENGINE_ERRORS = { retryable: 'Engine.Retryable', final: 'Engine.Failed' } as const;

// biome-ignore lint/suspicious/noTemplateCurlyInString: a definition substitution CloudFormation (or the local runtime) fills in.
export const BUS_NAME = '${EventBusName}';

/** How long one attempt of a step may take, queueing included: text is quick, media slower, a video slowest. */
export const STEP_TIMEOUTS = { text: 180, media: 600, video: 1800 } as const;

/**
 * PutEvents parameters for one event of the orchestrator about the package's job, in the envelope the event
 * contracts define (a fresh id, the job as correlation, the state's entry time).
 */
export function putEventParameters(detailType: string, data: JsonObject): JsonObject {
  return {
    Entries: [
      {
        EventBusName: BUS_NAME,
        Source: ORCHESTRATOR_SOURCE,
        DetailType: detailType,
        Detail: {
          metadata: {
            version: '1',
            'id.$': 'States.UUID()',
            'correlationId.$': '$.jobId',
            causationId: null,
            'tenantId.$': '$.tenantId',
            'occurredAt.$': '$$.State.EnteredTime',
          },
          data: { 'jobId.$': '$.jobId', ...data },
        },
      },
    ],
  };
}

export interface EngineStepOptions {
  /** State name, unique in the machine; also the step name engines echo. */
  name: string;
  engine: Engine;
  task: string;
  /**
   * Task input as a Parameters template (`key.$` for paths), or a path or intrinsic that yields the whole input,
   * e.g. `States.JsonMerge(…)` to add fields only when the request has them.
   */
  input: JsonObject | string;
  /** Bounds a run of the engine, queueing included. */
  timeoutSeconds: number;
  /** Extra result fields (`key.$` paths into the bridge output `{contentIds, contents[]}`). */
  select?: JsonObject;
}

/**
 * A Task state that asks one engine for one task and waits for its completion event (task-token pattern).
 * The result is the step record `{stepName, status, contentIds, …select}`. Transient failures and timeouts are
 * retried with backoff; anything else is caught by the `<name>Failed` state (see `failedStep`), so the package
 * still completes, as partial.
 *
 * No HeartbeatSeconds: the bridge answers a step's completion or failure only, and Job.Progressed goes to the step
 * tracker (the job's live view), not to Step Functions; TimeoutSeconds bounds each attempt instead.
 */
export function engineStep(options: EngineStepOptions): JsonObject {
  return {
    Type: 'Task',
    Comment: `${options.engine}.${options.task}`,
    Resource: WAIT_FOR_ENGINE,
    Parameters: putEventParameters('Job.Requested', {
      engine: options.engine,
      task: options.task,
      ...(typeof options.input === 'string' ? { 'input.$': options.input } : { input: options.input }),
      'requestedBy.$': '$.requestedBy',
      step: {
        'executionId.$': '$$.Execution.Id',
        // The attempt is part of the step's key: engines are idempotent per (job, task, step), so a retry
        // must be a new key or it would get the failed attempt's outcome back.
        'stepName.$': "States.Format('{}.{}', $$.State.Name, $$.State.RetryCount)",
        'taskToken.$': '$$.Task.Token',
      },
    }),
    ResultSelector: { stepName: options.name, status: 'succeeded', 'contentIds.$': '$.contentIds', ...options.select },
    TimeoutSeconds: options.timeoutSeconds,
    Retry: [
      {
        ErrorEquals: [ENGINE_ERRORS.retryable, 'States.Timeout'],
        IntervalSeconds: 5,
        BackoffRate: 2,
        MaxAttempts: 2,
        MaxDelaySeconds: 60,
        JitterStrategy: 'FULL',
      },
    ],
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.caught', Next: `${options.name}Failed` }],
  };
}

/** The state a caught step goes to: it records the failure under the step's name. */
export function failedStep(name: string, placement: { resultPath: string; next: string } | 'branch-end'): JsonObject {
  const record = {
    stepName: name,
    status: 'failed',
    contentIds: [],
    'error.$': '$.caught.Error',
    'cause.$': '$.caught.Cause',
  };
  if (placement === 'branch-end') return { Type: 'Pass', Parameters: record, End: true };
  return { Type: 'Pass', Parameters: record, ResultPath: placement.resultPath, Next: placement.next };
}

/** An engine step in the main flow, with its failure state: both record the step at `resultPath`, then go on. */
export function engineStepStates(
  step: EngineStepOptions,
  placement: { resultPath: string; next: string; nextAfterFailure?: string },
): Record<string, JsonObject> {
  return {
    [step.name]: { ...engineStep(step), ResultPath: placement.resultPath, Next: placement.next },
    [`${step.name}Failed`]: failedStep(step.name, {
      resultPath: placement.resultPath,
      next: placement.nextAfterFailure ?? placement.next,
    }),
  };
}

/** A Parallel branch of one engine step: its output is the step record. */
export function branch(step: EngineStepOptions): JsonObject {
  return {
    StartAt: step.name,
    States: {
      [step.name]: { ...engineStep(step), End: true },
      [`${step.name}Failed`]: failedStep(step.name, 'branch-end'),
    },
  };
}

/**
 * A Parallel state of one engine step per branch; its result maps each key to that branch's step record, e.g.
 * `{title: {stepName: 'Title', …}, …}` at `resultPath`.
 */
export function parallelSteps(
  steps: Readonly<Record<string, EngineStepOptions>>,
  placement: { resultPath: string; next: string },
): JsonObject {
  const keys = Object.keys(steps);
  return {
    Type: 'Parallel',
    Branches: keys.map((key) => branch(steps[key]!)),
    ResultSelector: Object.fromEntries(keys.map((key, index) => [`${key}.$`, `$[${index}]`])),
    ResultPath: placement.resultPath,
    Next: placement.next,
  };
}
