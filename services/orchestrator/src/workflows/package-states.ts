import type { AslDefinition, JsonObject } from '@contentflow/platform';
import { PUT_EVENTS, putEventParameters } from './engine-step.ts';

/**
 * Where each step of a package is recorded under `$.steps`: a key names a step (`{script: 'Script'}`) or a group
 * of steps a Parallel state records together (`{assets: {narration: 'Narration', …}}`).
 */
export interface StepLayout {
  readonly [key: string]: string | StepLayout;
}

/** The step as recorded when it did not run: every later state can read every step, so the package lists them all. */
export function skippedStep(stepName: string): JsonObject {
  return { stepName, status: 'skipped', contentIds: [] };
}

function skippedSteps(layout: StepLayout): JsonObject {
  return Object.fromEntries(
    Object.entries(layout).map(([key, step]) => [
      key,
      typeof step === 'string' ? skippedStep(step) : skippedSteps(step),
    ]),
  );
}

/** The paths of every step record of a layout, in its order: what Package.Completed lists. */
export function stepPaths(layout: StepLayout, base = '$.steps'): string[] {
  return Object.entries(layout).flatMap(([key, step]) =>
    typeof step === 'string' ? [`${base}.${key}`] : stepPaths(step, `${base}.${key}`),
  );
}

/** The first state of every package: every step starts as skipped, so the package lists each one whatever ran. */
function prepareSteps(layout: StepLayout, next: string): JsonObject {
  return {
    Type: 'Pass',
    Comment: 'Every step starts as skipped, so the package can list each one whatever path ran.',
    Result: skippedSteps(layout),
    ResultPath: '$.steps',
    Next: next,
  };
}

/**
 * The last states of every package: `partial` when any recorded step failed, then one Package.Completed
 * listing every step of the layout (in its order). The first state to go to is `Outcome`.
 */
function packageStates(workflow: string, layout: StepLayout): Record<string, JsonObject> {
  const paths = stepPaths(layout);
  const publish = (status: 'complete' | 'partial'): JsonObject => ({
    Type: 'Task',
    Resource: PUT_EVENTS,
    Parameters: putEventParameters('Package.Completed', {
      workflow,
      status,
      'steps.$': `States.Array(${paths.join(', ')})`,
    }),
    ResultPath: null,
    Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 5 }],
    End: true,
  });
  return {
    Outcome: {
      Type: 'Choice',
      Choices: [
        {
          Or: paths.map((path) => ({ Variable: `${path}.status`, StringEquals: 'failed' })),
          Next: 'PublishPartialPackage',
        },
      ],
      Default: 'PublishPackage',
    },
    PublishPackage: publish('complete'),
    PublishPartialPackage: publish('partial'),
  };
}

export interface PackageDefinitionOptions {
  workflow: string;
  comment: string;
  timeoutSeconds: number;
  layout: StepLayout;
  /** The first state after `Prepare`. */
  first: string;
  /** The package's own states; they end by going to `Outcome`. */
  states: Readonly<Record<string, JsonObject>>;
}

/** A package's state machine: `Prepare`, its own states, then the closing states of `packageStates`. */
export function packageDefinition(options: PackageDefinitionOptions): AslDefinition {
  return {
    Comment: options.comment,
    StartAt: 'Prepare',
    TimeoutSeconds: options.timeoutSeconds,
    States: {
      Prepare: prepareSteps(options.layout, options.first),
      ...options.states,
      ...packageStates(options.workflow, options.layout),
    },
  };
}
