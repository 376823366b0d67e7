import {
  EVENT_SOURCE_PREFIX,
  jobCancelledV1,
  jobCompletedV1,
  jobFailedV1,
  jobRequestedV1,
  ORCHESTRATOR_JOB_RUNNER,
  packageCompletedV1,
  workflowRequestedV1,
} from '@contentflow/events';
import { handlerAt, type OrchestratorManifest } from '@contentflow/platform';
import { WORKFLOWS } from './workflows/workflow-catalog.ts';

const RETRY = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 };
const LIMITS = { timeoutSeconds: 30, memoryMb: 512 };

export const TASK_TOKEN_BRIDGE = 'orchestrator-task-token-bridge';

/** The orchestrator's wiring: its state machines, the task-token bridge, and the start and finish of packages. */
export const orchestratorManifest: OrchestratorManifest = {
  service: 'orchestrator',
  description: 'Workflows across engines (Step Functions): short video, explainer and article packages.',
  queues: [],
  schedules: [],
  subscriptions: [
    {
      name: 'orchestrator-workflow-requested',
      description: 'Starts the requested workflow; the execution is named after the job.',
      eventPattern: workflowRequestedV1.pattern(),
      handler: handlerAt(new URL('./handlers/workflow-requested.handler.ts', import.meta.url), 'handler', LIMITS),
      maxConcurrency: 2,
      retryPolicy: RETRY,
    },
    {
      name: TASK_TOKEN_BRIDGE,
      description: 'Answers the task token of the workflow step an engine’s completion or failure belongs to.',
      eventPattern: {
        source: [{ prefix: EVENT_SOURCE_PREFIX }],
        'detail-type': [jobCompletedV1.detailType, jobFailedV1.detailType],
        detail: { metadata: { version: ['1'] }, data: { step: { taskToken: [{ exists: true }] } } },
      },
      handler: handlerAt(new URL('./handlers/task-token-bridge.handler.ts', import.meta.url), 'handler', LIMITS),
      maxConcurrency: 4,
      retryPolicy: RETRY,
    },
    {
      name: 'orchestrator-job-cancelled',
      description: 'Stops the execution of a cancelled workflow job (StopExecution).',
      eventPattern: jobCancelledV1.pattern({ data: { engine: [ORCHESTRATOR_JOB_RUNNER] } }),
      handler: handlerAt(new URL('./handlers/job-cancelled.handler.ts', import.meta.url), 'handler', LIMITS),
      maxConcurrency: 2,
      retryPolicy: RETRY,
    },
    {
      name: 'orchestrator-package-completed',
      description: 'Finishes a package’s job with every content item its steps made.',
      eventPattern: packageCompletedV1.pattern(),
      handler: handlerAt(new URL('./handlers/package-completed.handler.ts', import.meta.url), 'handler', LIMITS),
      maxConcurrency: 2,
      retryPolicy: RETRY,
    },
  ],
  publishes: [jobRequestedV1, packageCompletedV1, jobCompletedV1, jobFailedV1],
  workflows: WORKFLOWS.map(({ name, description, definition }) => ({ name, description, definition })),
  taskTokenBridge: TASK_TOKEN_BRIDGE,
};
