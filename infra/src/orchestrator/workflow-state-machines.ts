import type { OrchestratorManifest, ServiceManifest, WorkflowManifest } from '@contentflow/platform';
import { ArnFormat, Stack, Validations } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ResourceNames } from '../config/resource-names.ts';
import { acknowledgeWildcardResource } from '../shared/nag-acknowledgements.ts';

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
  /** The orchestrator's Lambdas: they start executions (named after jobs) and stop them when a job is cancelled. */
  controllers: readonly IFunction[];
}

/**
 * `arn:<partition>:states:<region>:<account>:stateMachine:contentflow-<stage>-`: the orchestrator appends a
 * workflow's name (CONTENTFLOW_STATE_MACHINE_ARN_PREFIX). Built from the names, not from a state machine, so the
 * functions can carry it before the machines exist and without a reference cycle.
 */
export function stateMachineArnPrefix(scope: Construct, names: ResourceNames): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: names.stateMachineNamePrefix,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/**
 * The orchestrator's Standard state machines, defined as ASL in its manifest, with full execution logging and
 * X-Ray. Steps reach engines only through events (`events:putEvents.waitForTaskToken`), so a machine may only put
 * events on the bus; the bridge may answer its task tokens, and the orchestrator's functions start and stop its
 * executions.
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
      for (const controller of props.controllers) this.#grantControl(controller, stateMachine, stateMachineName);
      this.stateMachines.set(workflow.name, stateMachine);
    }
  }

  /** StartExecution on the machine; StopExecution on its executions, whose names (job ids) come at run time. */
  #grantControl(controller: IFunction, stateMachine: StateMachine, stateMachineName: string): void {
    stateMachine.grantStartExecution(controller);
    const executions = Stack.of(this).formatArn({
      service: 'states',
      resource: 'execution',
      resourceName: `${stateMachineName}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    controller.addToRolePolicy(new PolicyStatement({ actions: ['states:StopExecution'], resources: [executions] }));
    acknowledgeWildcardResource(
      controller,
      executions,
      'Executions are named after job ids at run time; the wildcard covers the executions of one state machine.',
    );
  }
}
