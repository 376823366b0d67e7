import type { JsonObject } from '../domain/json.ts';
import type { ServiceManifest } from './service-manifest.ts';

/**
 * An Amazon States Language document. JSONPath only: the local runtime (aws-local-stepfunctions) silently
 * ignores JSONata and `Assign`. `${EventBusName}` and `${EventBusArn}` are substituted at deploy time (CDK
 * `definitionSubstitutions`) and by the local runtime, so task-token steps can name the shared bus.
 */
export interface AslDefinition {
  readonly Comment?: string;
  readonly StartAt: string;
  readonly States: Readonly<Record<string, JsonObject>>;
  readonly TimeoutSeconds?: number;
}

/** One Standard state machine of the orchestrator. */
export interface WorkflowManifest {
  /** Kebab-case, unique; the state machine is named `contentflow-<stage>-<name>`. */
  name: string;
  description: string;
  definition: AslDefinition;
}

/**
 * The orchestrator's wiring: a service manifest (its Lambdas, rules and queues) plus its state machines and the
 * subscription that bridges engine completion events to SendTaskSuccess/SendTaskFailure.
 */
export interface OrchestratorManifest extends ServiceManifest {
  workflows: readonly WorkflowManifest[];
  /** Name of the subscription (in `subscriptions`) whose Lambda answers task tokens. */
  taskTokenBridge: string;
}
