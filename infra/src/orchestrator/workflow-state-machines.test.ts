import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResourceNames } from '../config/resource-names.ts';
import { ManifestWiringError } from '../services/manifest-wiring-error.ts';
import { SERVICES } from '../services/service-catalog.ts';
import { ServiceStack } from '../services/service-stack.ts';
import { orchestratorFixture } from '../test-support/orchestrator-fixture.ts';
import { SYNTH_TIMEOUT_MS, synthesizeSystem, testApp, testConfig } from '../test-support/test-app.ts';

// The fixture stands in for the real orchestrator (same stack name), so these tests pin the slot, not the workflows.
const system = synthesizeSystem([
  ...SERVICES.filter(({ manifest }) => manifest.service !== orchestratorFixture.service),
  { manifest: orchestratorFixture },
]);
const names = new ResourceNames(system.config.stage);
const [workflow] = orchestratorFixture.workflows;
beforeAll(() => {
  system.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => system.dispose());

describe('the orchestrator slot', () => {
  const template = () => system.template('ContentFlow-Orchestrator');

  test('each workflow of the manifest is a Standard state machine with full logging and X-Ray', () => {
    template().resourceCountIs('AWS::StepFunctions::StateMachine', orchestratorFixture.workflows.length);
    template().hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: names.stateMachineName(workflow!.name),
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: true }),
    });
    template().hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: `/aws/vendedlogs/states/${names.stateMachineName(workflow!.name)}`,
    });
  });

  test('the definition is the manifest’s ASL, with the bus name substituted at deploy time', () => {
    const [machine] = Object.values(template().findResources('AWS::StepFunctions::StateMachine'));
    const properties = machine!['Properties'];
    expect(JSON.parse(properties.DefinitionString)).toEqual(workflow!.definition);
    expect(Object.keys(properties.DefinitionSubstitutions).sort()).toEqual(['EventBusArn', 'EventBusName']);
  });

  test('state machines may put events on the bus; the bridge may answer their task tokens', () => {
    const statements = Object.values(template().findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy['Properties'].PolicyDocument.Statement as { Action: string | string[] }[],
    );
    const actions = statements.flatMap((statement) => statement.Action);
    expect(actions).toContain('events:PutEvents');
    expect(actions).toEqual(
      expect.arrayContaining(['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat']),
    );
  });

  test('monitoring alarms on failed and timed-out executions of every workflow', () => {
    const alarms = Object.values(system.template('ContentFlow-Monitoring').findResources('AWS::CloudWatch::Alarm'));
    const watched = alarms
      .map((alarm) => alarm['Properties'].AlarmName as string)
      .filter((name) => name.includes(workflow!.name));
    expect(watched.sort()).toEqual([
      `${names.stateMachineName(workflow!.name)}-ExecutionsFailed`,
      `${names.stateMachineName(workflow!.name)}-ExecutionsTimedOut`,
    ]);
  });

  test('a bridge that names no subscription is refused at synth', () => {
    const { app, dispose } = testApp();
    try {
      const deployment = { manifest: { ...orchestratorFixture, taskTokenBridge: 'nobody' } };
      expect(
        () => new ServiceStack(app, 'Orchestrator', { deployment, names: new ResourceNames(testConfig(app).stage) }),
      ).toThrow(ManifestWiringError);
    } finally {
      dispose();
    }
  });
});
