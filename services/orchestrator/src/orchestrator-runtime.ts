import type { DatabaseSync } from 'node:sqlite';
import type { AslDefinition, EventBus } from '@contentflow/platform';
import { SfnWorkflowEngine } from './aws/sfn-workflow-engine.ts';
import { LocalWorkflowEngine } from './local/local-workflow-engine.ts';
import type { WorkflowEngine } from './ports/workflow-engine.port.ts';

let local: LocalWorkflowEngine | undefined;
let aws: SfnWorkflowEngine | undefined;

/** Set by CDK on the orchestrator's functions: the ARN of a state machine without its workflow name. */
export const STATE_MACHINE_ARN_PREFIX_ENV = 'CONTENTFLOW_STATE_MACHINE_ARN_PREFIX';

/**
 * The workflow engine the handlers use: the local one when this process started it (`startLocalOrchestrator`),
 * otherwise Step Functions.
 */
export function workflowEngine(env: NodeJS.ProcessEnv = process.env): WorkflowEngine {
  if (local) return local;
  if (!aws) {
    const prefix = env[STATE_MACHINE_ARN_PREFIX_ENV];
    if (!prefix) throw new Error(`${STATE_MACHINE_ARN_PREFIX_ENV} is not set`);
    aws = new SfnWorkflowEngine({ stateMachineArn: (workflow) => `${prefix}${workflow}` });
  }
  return aws;
}

export interface LocalOrchestratorOptions {
  db: DatabaseSync;
  bus: EventBus;
  /** The workflows' ASL as synthesized (substitutions applied), by workflow name. */
  definitions: ReadonlyMap<string, AslDefinition>;
  onError?: (error: unknown, executionId: string) => void;
}

export interface LocalOrchestrator {
  engine: LocalWorkflowEngine;
  /**
   * Picks up the executions a previous process left running; returns how many. Call it once the engines' rules
   * are on the bus: a resumed step publishes its request again, and an event no rule matches is dropped.
   */
  resume(): number;
  /** Stops this process's runs without ending them: they resume on the next start. */
  stop(): Promise<void>;
}

/** Runs workflows in this process over the local bus. */
export function startLocalOrchestrator(options: LocalOrchestratorOptions): LocalOrchestrator {
  const engine = new LocalWorkflowEngine(options);
  local = engine;
  return {
    engine,
    resume: () => engine.resume(),
    stop: async () => {
      await engine.close();
      if (local === engine) local = undefined;
    },
  };
}
