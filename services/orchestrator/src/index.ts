export { SfnWorkflowEngine, type SfnWorkflowEngineOptions } from './aws/sfn-workflow-engine.ts';
export {
  LocalWorkflowEngine,
  type LocalWorkflowEngineOptions,
  TaskFailedError,
} from './local/local-workflow-engine.ts';
export type { ExecutionRecord, ExecutionStatus, StepRecord, StepStatus } from './local/sqlite-execution-store.ts';
export { orchestratorManifest, TASK_TOKEN_BRIDGE } from './manifest.ts';
export {
  type LocalOrchestrator,
  type LocalOrchestratorOptions,
  STATE_MACHINE_ARN_PREFIX_ENV,
  startLocalOrchestrator,
  workflowEngine,
} from './orchestrator-runtime.ts';
export type {
  StartExecutionRequest,
  StartedExecution,
  TaskAnswer,
  TaskFailure,
  WorkflowEngine,
} from './ports/workflow-engine.port.ts';
export { answerTaskToken } from './use-cases/answer-task-token.ts';
export { type FinishPackageJobPorts, finishPackageJob } from './use-cases/finish-package-job.ts';
export { startWorkflow } from './use-cases/start-workflow.ts';
export { stopCancelledWorkflow } from './use-cases/stop-cancelled-workflow.ts';
export { findWorkflow, WORKFLOWS, type WorkflowDefinition } from './workflows/workflow-catalog.ts';
