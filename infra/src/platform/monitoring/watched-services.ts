import type { ServiceManifest } from '@contentflow/platform';
import type { ResourceNames } from '../../config/resource-names.ts';
import { isOrchestratorManifest } from '../../orchestrator/workflow-state-machines.ts';

/** The physical names of what a service deploys, as its stack names them. */
export interface WatchedService {
  service: string;
  functionNames: string[];
  deadLetterQueueNames: string[];
  stateMachineNames: string[];
}

export function watchedServices(manifests: readonly ServiceManifest[], names: ResourceNames): WatchedService[] {
  return manifests.map((manifest) => ({
    service: manifest.service,
    functionNames: [...manifest.subscriptions, ...manifest.queues, ...manifest.schedules].map((s) =>
      names.functionName(s.name),
    ),
    // Queue subscriptions share the command queue's dead-letter queue, which the monitoring stack watches itself.
    deadLetterQueueNames: [...manifest.subscriptions, ...manifest.schedules].map((s) =>
      names.deadLetterQueueName(s.name),
    ),
    stateMachineNames: isOrchestratorManifest(manifest)
      ? manifest.workflows.map((workflow) => names.stateMachineName(workflow.name))
      : [],
  }));
}
