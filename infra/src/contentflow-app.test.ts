import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textManifest } from '@contentflow/text';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnRule } from 'aws-cdk-lib/aws-events';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResourceNameError, ResourceNames, stackName } from './config/resource-names.ts';
import { addContentFlowStacks } from './contentflow-app.ts';
import { SERVICE_MANIFESTS, SERVICES } from './services/service-catalog.ts';
import { ServiceStack } from './services/service-stack.ts';
import { orchestratorFixture } from './test-support/orchestrator-fixture.ts';
import { checkRuleParity } from './test-support/rule-parity.ts';
import { SYNTH_TIMEOUT_MS, synthesizeSystem, testApp, testConfig } from './test-support/test-app.ts';

const system = synthesizeSystem(SERVICES, { cloudFormationValidation: true });
const templates = () => system.stacks.all.map((stack) => system.template(stack.stackName));
beforeAll(() => {
  system.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => system.dispose());

describe('the synthesized app', () => {
  test('has the platform stacks and one stack per service', () => {
    expect(system.stacks.all.map((stack) => stack.stackName)).toEqual([
      'ContentFlow-Network',
      'ContentFlow-Data',
      'ContentFlow-Bus',
      'ContentFlow-Storage',
      'ContentFlow-HttpApi',
      'ContentFlow-Frontend',
      ...SERVICE_MANIFESTS.map((manifest) => stackName(manifest.service)),
      'ContentFlow-Monitoring',
    ]);
  });

  test('a service named like a platform stack is refused rather than merged into it', () => {
    const { app, dispose } = testApp();
    try {
      const clash = { ...textManifest, service: 'monitoring' };
      expect(() => addContentFlowStacks(app, testConfig(app), [{ manifest: clash }])).toThrow(ResourceNameError);
    } finally {
      dispose();
    }
  });

  test('cdk-nag AwsSolutions finds nothing unacknowledged in any stack', () => {
    const checks = new AwsSolutionsChecks(system.app);
    for (const stack of system.stacks.all) {
      expect({ stack: stack.stackName, violations: checks.validateScope(stack).violations }).toEqual({
        stack: stack.stackName,
        violations: [],
      });
    }
  });

  test('CloudFormation’s own linter (run by synth) has nothing to say about any template', () => {
    const reportFile = join(system.synth().directory, 'validation-report.json');
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { pluginReports: { violations: unknown[] }[] };
    expect(report.pluginReports.flatMap((plugin) => plugin.violations)).toEqual([]);
  });

  test('cdk-nag does report what nobody acknowledged (the check above can fail)', () => {
    const { app, dispose } = testApp();
    try {
      const stack = new Stack(app, 'Careless');
      new Queue(stack, 'Plain');
      const rules = new AwsSolutionsChecks(app).validateScope(stack).violations.map((violation) => violation.ruleName);
      expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']));
    } finally {
      dispose();
    }
  });
});

describe('EventBridge rules and service manifests', () => {
  test('every rule in the templates is a manifest subscription or schedule with the same trigger, and vice versa', () => {
    const manifests = SERVICE_MANIFESTS;
    const parity = checkRuleParity(templates(), manifests, new ResourceNames(system.config.stage));
    expect(parity).toEqual({ missing: [], unexpected: [], mismatched: [] });
    expect(manifests.flatMap((manifest) => manifest.subscriptions).length).toBeGreaterThan(1);
    expect(manifests.flatMap((manifest) => manifest.schedules).length).toBeGreaterThan(0);
  });

  test('a schedule whose rate drifted from its rule, or that has no rule, is reported', () => {
    const names = new ResourceNames(system.config.stage);
    const withSchedules = SERVICE_MANIFESTS.find((manifest) => manifest.schedules.length > 0)!;
    const [schedule] = withSchedules.schedules;
    const others = SERVICE_MANIFESTS.filter((manifest) => manifest !== withSchedules);
    const slower = { ...withSchedules, schedules: [{ ...schedule!, rate: { minutes: schedule!.rate.minutes + 4 } }] };
    const renamed = { ...withSchedules, schedules: [{ ...schedule!, name: 'ghost-sweep' }] };
    expect(checkRuleParity(templates(), [...others, slower], names)).toEqual({
      missing: [],
      unexpected: [],
      mismatched: [names.ruleName(schedule!.name)],
    });
    expect(checkRuleParity(templates(), [...others, renamed], names)).toEqual({
      missing: [names.ruleName('ghost-sweep')],
      unexpected: [names.ruleName(schedule!.name)],
      mismatched: [],
    });
  });

  test('a drifted pattern, a rule nobody declared and a subscription without a rule are all reported', () => {
    const { app, dispose } = testApp();
    try {
      const names = new ResourceNames(testConfig(app).stage);
      const stack = new ServiceStack(app, 'Text', { deployment: { manifest: textManifest }, names });
      const [driftedName, drifted] = [...stack.service.rules][0]!;
      (drifted.node.defaultChild as CfnRule).eventPattern = { source: ['contentflow.somebody-else'] };
      const template = Template.fromStack(stack);
      const ghost = {
        ...orchestratorFixture,
        subscriptions: [{ ...orchestratorFixture.subscriptions[0]!, name: 'ghost-listener' }],
      };
      expect(checkRuleParity([template], [textManifest], names)).toEqual({
        missing: [],
        unexpected: [],
        mismatched: [names.ruleName(driftedName)],
      });
      expect(checkRuleParity([template], [ghost], names)).toEqual({
        missing: [names.ruleName('ghost-listener')],
        unexpected: [names.ruleName(driftedName)],
        mismatched: [],
      });
    } finally {
      dispose();
    }
  });
});

describe('independent deploy', () => {
  test('no template imports another stack’s export', () => {
    for (const template of templates()) expect(JSON.stringify(template.toJSON())).not.toContain('Fn::ImportValue');
  });

  test('service stacks depend on no other stack; shared values arrive as SSM parameters', () => {
    for (const service of system.stacks.services) {
      expect(service.dependencies).toEqual([]);
      // BootstrapVersion is CDK's own check that the account was bootstrapped.
      const { BootstrapVersion: _bootstrap, ...parameters } = system.template(service.stackName).toJSON()[
        'Parameters'
      ] as Record<string, { Type: string; Default: string }>;
      expect(Object.keys(parameters).length).toBeGreaterThan(0);
      for (const parameter of Object.values(parameters)) {
        expect(parameter).toEqual({
          Type: 'AWS::SSM::Parameter::Value<String>',
          Default: expect.stringMatching(/^\/contentflow\/dev\//),
        });
      }
    }
  });

  test.each(SERVICES)('$manifest.service synthesizes alone, in an app of its own', (deployment) => {
    const { manifest } = deployment;
    const { app, dispose } = testApp();
    try {
      const config = testConfig(app);
      const stack = new ServiceStack(app, stackName(manifest.service), {
        deployment,
        names: new ResourceNames(config.stage),
        env: { region: config.region },
      });
      const assembly = app.synth();
      expect(assembly.stacks.map((artifact) => artifact.stackName)).toEqual([stack.stackName]);
      expect(assembly.getStackByName(stack.stackName).dependencies.map((artifact) => artifact.id)).toEqual([
        expect.stringMatching(/\.assets$/),
      ]);
      const template = Template.fromStack(stack);
      template.resourceCountIs(
        'AWS::Lambda::Function',
        manifest.subscriptions.length + manifest.queues.length + manifest.schedules.length,
      );
      expect(JSON.stringify(template.toJSON())).not.toContain('Fn::ImportValue');
    } finally {
      dispose();
    }
  });
});
