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

/** The step as recorded when it did not run: every later state can read every step, so the package lists them all. */
export function skippedStep(stepName: string): JsonObject {
  return { stepName, status: 'skipped', contentIds: [] };
}

export interface EngineStepOptions {
  /** State name, unique in the machine; also the step name engines echo. */
  name: string;
  engine: Engine;
  task: string;
  /** Task input as a Parameters template (`key.$` for paths). */
  input: JsonObject;
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
 * No HeartbeatSeconds: engines report progress on Job.Progressed, which carries no task token, so a heartbeat
 * could never arrive; TimeoutSeconds bounds each attempt instead.
 */
export function engineStep(options: EngineStepOptions): JsonObject {
  return {
    Type: 'Task',
    Comment: `${options.engine}.${options.task}`,
    Resource: WAIT_FOR_ENGINE,
    Parameters: {
      Entries: [
        {
          EventBusName: BUS_NAME,
          Source: ORCHESTRATOR_SOURCE,
          DetailType: 'Job.Requested',
          Detail: {
            metadata: {
              version: '1',
              'id.$': 'States.UUID()',
              'correlationId.$': '$.jobId',
              causationId: null,
              'tenantId.$': '$.tenantId',
              'occurredAt.$': '$$.State.EnteredTime',
            },
            data: {
              'jobId.$': '$.jobId',
              engine: options.engine,
              task: options.task,
              input: options.input,
              'requestedBy.$': '$.requestedBy',
              step: {
                'executionId.$': '$$.Execution.Id',
                // The attempt is part of the step's key: engines are idempotent per (job, task, step), so a retry
                // must be a new key or it would get the failed attempt's outcome back.
                'stepName.$': "States.Format('{}.{}', $$.State.Name, $$.State.RetryCount)",
                'taskToken.$': '$$.Task.Token',
              },
            },
          },
        },
      ],
    },
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
 * The last states of every package: `partial` when any recorded step failed, then one Package.Completed
 * listing every step (in `stepPaths` order).
 */
export function packageStates(workflow: string, stepPaths: readonly string[]): Record<string, JsonObject> {
  const publish = (status: 'complete' | 'partial'): JsonObject => ({
    Type: 'Task',
    Resource: PUT_EVENTS,
    Parameters: {
      Entries: [
        {
          EventBusName: BUS_NAME,
          Source: ORCHESTRATOR_SOURCE,
          DetailType: 'Package.Completed',
          Detail: {
            metadata: {
              version: '1',
              'id.$': 'States.UUID()',
              'correlationId.$': '$.jobId',
              causationId: null,
              'tenantId.$': '$.tenantId',
              'occurredAt.$': '$$.State.EnteredTime',
            },
            data: {
              'jobId.$': '$.jobId',
              workflow,
              status,
              'steps.$': `States.Array(${stepPaths.join(', ')})`,
            },
          },
        },
      ],
    },
    ResultPath: null,
    Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 5 }],
    End: true,
  });
  return {
    Outcome: {
      Type: 'Choice',
      Choices: [
        {
          Or: stepPaths.map((path) => ({ Variable: `${path}.status`, StringEquals: 'failed' })),
          Next: 'PublishPartialPackage',
        },
      ],
      Default: 'PublishPackage',
    },
    PublishPackage: publish('complete'),
    PublishPartialPackage: publish('partial'),
  };
}
