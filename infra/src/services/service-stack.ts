import { STATE_MACHINE_ARN_PREFIX_ENV } from '@contentflow/orchestrator';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ResourceNames } from '../config/resource-names.ts';
import {
  isOrchestratorManifest,
  stateMachineArnPrefix,
  WorkflowStateMachines,
} from '../orchestrator/workflow-state-machines.ts';
import { SharedResources } from '../shared/shared-resources.ts';
import { type AiProviderConfig, aiEnvironment, grantAiProviders } from './ai-providers.ts';
import { ContentFlowService } from './contentflow-service.ts';
import type { ServiceDeployment } from './service-deployment.ts';

export interface ServiceStackProps extends StackProps {
  deployment: ServiceDeployment;
  names: ResourceNames;
  /** The model providers the deployment switches on; everything runs offline without. */
  ai?: AiProviderConfig;
}

const OFFLINE: AiProviderConfig = { speechProvider: 'offline' };

/**
 * One deployable service (`ContentFlow-Text`, …). It finds the bus, buckets, table, secret and command queue
 * through SSM parameters, never through another stack, so `cdk deploy ContentFlow-Text` deploys it alone.
 * An orchestrator manifest also gets its state machines here, and its functions the right to run them.
 */
export class ServiceStack extends Stack {
  readonly service: ContentFlowService;
  readonly workflows?: WorkflowStateMachines;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    const { deployment, names, ai = OFFLINE, ...stackProps } = props;
    const { manifest } = deployment;
    super(scope, id, { description: manifest.description, ...stackProps });
    const shared = new SharedResources(this, names);
    const capabilities = deployment.ai ?? [];
    const resources = { mediaBucket: shared.mediaBucket };
    this.service = new ContentFlowService(this, 'Service', {
      manifest,
      names,
      shared,
      ...(deployment.image ? { image: deployment.image } : {}),
      environment: {
        ...aiEnvironment(capabilities, ai, resources),
        ...(isOrchestratorManifest(manifest)
          ? { [STATE_MACHINE_ARN_PREFIX_ENV]: stateMachineArnPrefix(this, names) }
          : {}),
      },
    });
    const functions = [...this.service.functions.values()];
    for (const fn of functions) grantAiProviders(fn, capabilities, ai, resources);
    if (isOrchestratorManifest(manifest)) {
      this.workflows = new WorkflowStateMachines(this, 'Workflows', {
        names,
        workflows: manifest.workflows,
        bus: shared.bus,
        busName: shared.value('bus-name'),
        taskTokenBridge: this.service.functionOf(manifest.taskTokenBridge),
        controllers: functions,
      });
    }
  }
}
