import {
  jobFailedV1,
  ORCHESTRATOR_SOURCE,
  type WorkflowRequestedV1Data,
  workflowRequestedV1,
} from '@contentflow/events';
import { type EventBus, type JsonObject, publishEvents } from '@contentflow/platform';
import type { WorkflowEngine } from '../ports/workflow-engine.port.ts';
import { findWorkflow } from '../workflows/workflow-catalog.ts';

export interface StartWorkflowPorts {
  workflows: WorkflowEngine;
  events: EventBus;
}

export interface WorkflowSettings {
  /** Whether the social engine is deployed: the schedule step runs only then. */
  schedule: boolean;
}

/**
 * Starts the execution of a requested workflow, named after its job (a redelivered request starts nothing new).
 * A request the workflow cannot accept fails the job right away, rather than a state machine halfway through.
 */
export async function startWorkflow(
  detail: unknown,
  settings: WorkflowSettings,
  ports: StartWorkflowPorts,
): Promise<'started' | 'already-started' | 'rejected'> {
  const { metadata, data } = workflowRequestedV1.parse(detail);
  const reject = async (message: string) => {
    const failed = jobFailedV1.create({
      source: ORCHESTRATOR_SOURCE,
      tenantId: metadata.tenantId,
      causedBy: metadata,
      data: { jobId: data.jobId, error: { code: 'INPUT_INVALID', message: message.slice(0, 2000), retryable: false } },
    });
    await publishEvents(ports.events, [failed]);
    return 'rejected' as const;
  };
  const workflow = findWorkflow(data.workflow);
  if (!workflow) return reject(`no workflow named "${data.workflow}"`);
  const request = workflow.contract.request.safeParse(data.input);
  if (!request.success) {
    return reject(
      request.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`).join('; '),
    );
  }
  const { started } = await ports.workflows.start({
    workflow: workflow.name,
    name: data.jobId,
    input: executionInput(data, request.data as JsonObject, metadata.tenantId, settings),
  });
  return started ? 'started' : 'already-started';
}

function executionInput(
  data: WorkflowRequestedV1Data,
  request: JsonObject,
  tenantId: string,
  settings: WorkflowSettings,
): JsonObject {
  return { jobId: data.jobId, tenantId, requestedBy: data.requestedBy, request, config: { ...settings } };
}
