import type { OrchestratorManifest, ServiceManifest, WorkflowManifest } from '@contentflow/platform';
import { Validations } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ResourceNames } from '../config/resource-names.ts';

export function isOrchestratorManifest(manifest: ServiceManifest): manifest is OrchestratorManifest {
  return 'workflows' in manifest;
}

export interface WorkflowStateMachinesProps {
  names: ResourceNames;
  workflows: readonly WorkflowManifest[];
  bus: IEventBus;
  busName: string;
  /** The Lambda that turns engine completion events into SendTaskSuccess/SendTaskFailure. */
  taskTokenBridge: IFunction;
}

/**
 * The orchestrator's Standard state machines, defined as ASL in its manifest, with full execution logging and
 * X-Ray. Steps reach engines only through events (`events:putEvents.waitForTaskToken`), so the only grants are
 * PutEvents on the bus, and task responses for the bridge.
 */
export class WorkflowStateMachines extends Construct {
  /** By workflow name. */
  readonly stateMachines = new Map<string, StateMachine>();

  constructor(scope: Construct, id: string, props: WorkflowStateMachinesProps) {
    super(scope, id);
    for (const workflow of props.workflows) {
      const stateMachineName = props.names.stateMachineName(workflow.name);
      const stateMachine = new StateMachine(this, workflow.name, {
        stateMachineName,
        stateMachineType: StateMachineType.STANDARD,
        comment: workflow.description,
        definitionBody: DefinitionBody.fromString(JSON.stringify(workflow.definition)),
        definitionSubstitutions: { EventBusName: props.busName, EventBusArn: props.bus.eventBusArn },
        logs: {
          destination: new LogGroup(this, `${workflow.name}-logs`, {
            // The prefix Step Functions' log delivery expects, so no resource policy size limit is hit.
            logGroupName: `/aws/vendedlogs/states/${stateMachineName}`,
            retention: RetentionDays.ONE_MONTH,
          }),
          level: LogLevel.ALL,
          includeExecutionData: true,
        },
        tracingEnabled: true,
      });
      Validations.of(stateMachine).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Log delivery (logs:CreateLogDelivery, …) and X-Ray actions have no resource-level permissions.',
      });
      props.bus.grantPutEventsTo(stateMachine);
      stateMachine.grantTaskResponse(props.taskTokenBridge);
      this.stateMachines.set(workflow.name, stateMachine);
    }
  }
}
