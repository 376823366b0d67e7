import type { ServiceManifest } from '@contentflow/platform';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ResourceNames } from '../config/resource-names.ts';
import { isOrchestratorManifest, WorkflowStateMachines } from '../orchestrator/workflow-state-machines.ts';
import { SharedResources } from '../shared/shared-resources.ts';
import { ContentFlowService } from './contentflow-service.ts';

export interface ServiceStackProps extends StackProps {
  manifest: ServiceManifest;
  names: ResourceNames;
}

/**
 * One deployable service (`ContentFlow-Text`, …). It finds the bus, buckets, table, secret and command queue
 * through SSM parameters, never through another stack, so `cdk deploy ContentFlow-Text` deploys it alone.
 * An orchestrator manifest also gets its state machines here.
 */
export class ServiceStack extends Stack {
  readonly service: ContentFlowService;
  readonly workflows?: WorkflowStateMachines;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, { description: props.manifest.description, ...props });
    const { manifest, names } = props;
    const shared = new SharedResources(this, names);
    this.service = new ContentFlowService(this, 'Service', { manifest, names, shared });
    if (isOrchestratorManifest(manifest)) {
      this.workflows = new WorkflowStateMachines(this, 'Workflows', {
        names,
        workflows: manifest.workflows,
        bus: shared.bus,
        busName: shared.value('bus-name'),
        taskTokenBridge: this.service.functionOf(manifest.taskTokenBridge),
      });
    }
  }
}
