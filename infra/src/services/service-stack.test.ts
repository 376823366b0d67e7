import { relative } from 'node:path';
import { COMMAND_MAX_RECEIVE_COUNT, InvalidScheduleError, type ServiceManifest } from '@contentflow/platform';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { ResourceNames, stackName } from '../config/resource-names.ts';
import { isOrchestratorManifest } from '../orchestrator/workflow-state-machines.ts';
import { dockerImageSources } from '../test-support/docker-image-assets.ts';
import { SYNTH_TIMEOUT_MS, synthesizeSystem, testApp, testConfig } from '../test-support/test-app.ts';
import { ENGINE_DOCKERFILE } from './engine-image.ts';
import { ManifestWiringError } from './manifest-wiring-error.ts';
import { SERVICE_MANIFESTS, SERVICES } from './service-catalog.ts';
import { ServiceStack } from './service-stack.ts';

const system = synthesizeSystem(SERVICES);
const names = new ResourceNames(system.config.stage);
beforeAll(() => {
  system.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => system.dispose());

const ssmRef = (key: string) => ({ Ref: Match.stringLikeRegexp(`^SsmParameterValuecontentflowdev${key}`) });

/** Every IAM statement of a stack's policies. */
function statementsOf(template: Template): { Action: string | string[]; Resource: unknown }[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy['Properties'].PolicyDocument.Statement,
  );
}

describe.each(SERVICES)('the $manifest.service stack', ({ manifest, image }) => {
  const template = () => system.template(stackName(manifest.service));
  const allSubscriptions = [...manifest.subscriptions, ...manifest.queues, ...manifest.schedules];
  // A schedule runs one at a time.
  const concurrencyOf = (subscription: (typeof allSubscriptions)[number]) =>
    'maxConcurrency' in subscription ? subscription.maxConcurrency : 1;

  test('has one arm64 function per subscription, sized and bounded by the manifest', () => {
    template().resourceCountIs('AWS::Lambda::Function', allSubscriptions.length);
    for (const subscription of allSubscriptions) {
      template().hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: names.functionName(subscription.name),
        Architectures: ['arm64'],
        MemorySize: subscription.handler.memoryMb,
        Timeout: subscription.handler.timeoutSeconds,
        ReservedConcurrentExecutions: concurrencyOf(subscription),
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: Match.objectLike({
            CONTENTFLOW_RUNTIME: 'aws',
            CONTENTFLOW_EVENT_BUS_NAME: ssmRef('busname'),
            CONTENTFLOW_COMMAND_QUEUE_URL: ssmRef('commandqueueurl'),
            CONTENTFLOW_MEDIA_BUCKET: ssmRef('mediabucketname'),
            CONTENTFLOW_IDEMPOTENCY_TABLE: Match.anyValue(),
            CONTENTFLOW_MONGODB_SECRET_ARN: ssmRef('mongodbsecretarn'),
            POWERTOOLS_SERVICE_NAME: manifest.service,
            POWERTOOLS_LOG_LEVEL: 'INFO',
          }),
        },
      });
    }
  });

  if (image) {
    test('ships the engine image for arm64, started by its shim with the manifest’s handler', () => {
      for (const subscription of allSubscriptions) {
        template().hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: names.functionName(subscription.name),
          PackageType: 'Image',
          Code: { ImageUri: Match.anyValue() },
          Runtime: Match.absent(),
          EphemeralStorage: image.ephemeralStorageMiB ? { Size: image.ephemeralStorageMiB } : Match.absent(),
          Environment: {
            Variables: Match.objectLike({
              CONTENTFLOW_HANDLER_MODULE: relative(REPO_ROOT, subscription.handler.entry),
              CONTENTFLOW_HANDLER_EXPORT: subscription.handler.exportName,
            }),
          },
        });
      }
      // One image per service, whatever its number of functions.
      expect(dockerImageSources(system.synth(), stackName(manifest.service))).toEqual([
        expect.objectContaining({
          dockerFile: ENGINE_DOCKERFILE,
          platform: 'linux/arm64',
          dockerBuildArgs: { SERVICE: manifest.service },
          dockerBuildTarget: image.ffmpeg ? 'engine-with-ffmpeg' : 'engine',
        }),
      ]);
    });
  } else {
    test('bundles each handler for the Node 24 runtime', () => {
      for (const subscription of allSubscriptions) {
        template().hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: names.functionName(subscription.name),
          Handler: `index.${subscription.handler.exportName}`,
          Runtime: 'nodejs24.x',
        });
      }
    });
  }

  test('routes each event subscription through a rule on the shared bus, with its retry policy and a DLQ', () => {
    template().resourceCountIs('AWS::Events::Rule', manifest.subscriptions.length + manifest.schedules.length);
    template().resourceCountIs('AWS::SQS::Queue', manifest.subscriptions.length + manifest.schedules.length);
    for (const subscription of manifest.subscriptions) {
      const deadLetterQueueName = names.deadLetterQueueName(subscription.name);
      template().hasResourceProperties('AWS::SQS::Queue', {
        QueueName: deadLetterQueueName,
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
      const dlqArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('dlq'), 'Arn'] };
      template().hasResourceProperties('AWS::Events::Rule', {
        Name: names.ruleName(subscription.name),
        EventBusName: Match.anyValue(),
        Targets: [
          Match.objectLike({
            RetryPolicy: {
              MaximumRetryAttempts: subscription.retryPolicy.maximumRetryAttempts,
              MaximumEventAgeInSeconds: subscription.retryPolicy.maximumEventAgeInSeconds,
            },
            DeadLetterConfig: { Arn: dlqArn },
          }),
        ],
      });
      // Handler failures after Lambda's own retries end in the same queue.
      template().hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        DestinationConfig: { OnFailure: { Destination: dlqArn } },
      });
    }
  });

  test('runs each schedule from a rule on the default bus at its rate, a run not retried, failures kept in a DLQ', () => {
    for (const schedule of manifest.schedules) {
      const period = schedule.rate.minutes * 60;
      const dlqArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('dlq'), 'Arn'] };
      template().hasResourceProperties('AWS::SQS::Queue', {
        QueueName: names.deadLetterQueueName(schedule.name),
        SqsManagedSseEnabled: true,
      });
      template().hasResourceProperties('AWS::Events::Rule', {
        Name: names.ruleName(schedule.name),
        ScheduleExpression: `rate(${schedule.rate.minutes} minute${schedule.rate.minutes === 1 ? '' : 's'})`,
        EventBusName: Match.absent(),
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
            RetryPolicy: { MaximumRetryAttempts: Match.anyValue(), MaximumEventAgeInSeconds: period },
            DeadLetterConfig: { Arn: dlqArn },
          }),
        ],
      });
      // The next tick is the retry; an invocation older than one period is stale.
      template().hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        MaximumRetryAttempts: 0,
        MaximumEventAgeInSeconds: period,
        DestinationConfig: { OnFailure: { Destination: dlqArn } },
      });
      expect(schedule.handler.timeoutSeconds).toBeLessThan(period);
    }
  });

  /** The logical id of a function's role. */
  const roleOf = (functionName: string) => {
    const functions = Object.values(template().findResources('AWS::Lambda::Function'));
    const fn = functions.find((resource) => resource['Properties'].FunctionName === functionName);
    return (fn!['Properties'].Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  };

  test('a schedule’s function may read records and send commands, nothing else', () => {
    for (const schedule of manifest.schedules) {
      const role = roleOf(names.functionName(schedule.name));
      const actions = Object.values(template().findResources('AWS::IAM::Policy'))
        .filter((policy) => (policy['Properties'].Roles as { Ref: string }[]).some((ref) => ref.Ref === role))
        .flatMap((policy) => policy['Properties'].PolicyDocument.Statement as { Action: string | string[] }[])
        .flatMap((statement) => [statement.Action].flat());
      expect([...new Set(actions)].sort()).toEqual(
        [
          'secretsmanager:DescribeSecret',
          'secretsmanager:GetSecretValue',
          // Into its dead-letter queue and, if it sends commands, the command queue.
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:SendMessage',
          'xray:PutTelemetryRecords',
          'xray:PutTraceSegments',
        ].sort(),
      );
    }
  });

  test('only functions of schedules that send commands may send to the command queue', () => {
    const senders = Object.values(template().findResources('AWS::IAM::Policy'))
      .filter((policy) =>
        (policy['Properties'].PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]).some(
          (statement) =>
            [statement.Action].flat().includes('sqs:SendMessage') &&
            JSON.stringify(statement.Resource).includes('SsmParameterValuecontentflowdevcommandqueuearn'),
        ),
      )
      .flatMap((policy) => (policy['Properties'].Roles as { Ref: string }[]).map((role) => role.Ref));
    const expected = manifest.schedules
      .filter((schedule) => schedule.sendsCommands)
      .map((schedule) => roleOf(names.functionName(schedule.name)));
    expect(senders.sort()).toEqual(expected.sort());
  });

  test('consumes the command queue with partial batch responses, as the manifest says', () => {
    template().resourceCountIs('AWS::Lambda::EventSourceMapping', manifest.queues.length);
    for (const subscription of manifest.queues) {
      template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: ssmRef('commandqueuearn'),
        BatchSize: subscription.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: subscription.maxConcurrency },
      });
    }
  });

  test('grants only what the platform adapters call (model providers stay off unless configured)', () => {
    const actions = new Set(statementsOf(template()).flatMap((statement) => statement.Action));
    expect([...actions].sort()).toEqual(
      [
        'events:PutEvents',
        's3:GetObject',
        's3:PutObject',
        's3:DeleteObject',
        's3:AbortMultipartUpload',
        's3:ListBucket',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'secretsmanager:GetSecretValue',
        'secretsmanager:DescribeSecret',
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        // Into the dead-letter queues, and (a schedule that sends commands) the command queue.
        ...(manifest.subscriptions.length + manifest.schedules.length > 0
          ? ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']
          : []),
        ...(manifest.queues.length > 0
          ? [
              'sqs:ReceiveMessage',
              'sqs:ChangeMessageVisibility',
              'sqs:GetQueueUrl',
              'sqs:DeleteMessage',
              'sqs:GetQueueAttributes',
            ]
          : []),
        // State machines deliver their logs and traces; the task-token bridge answers their tokens; the
        // orchestrator's functions start and stop executions.
        ...(isOrchestratorManifest(manifest)
          ? [
              'logs:CreateLogDelivery',
              'logs:DeleteLogDelivery',
              'logs:DescribeLogGroups',
              'logs:DescribeResourcePolicies',
              'logs:GetLogDelivery',
              'logs:ListLogDeliveries',
              'logs:PutResourcePolicy',
              'logs:UpdateLogDelivery',
              'states:SendTaskFailure',
              'states:SendTaskHeartbeat',
              'states:SendTaskSuccess',
              'states:StartExecution',
              'states:StopExecution',
              'xray:GetSamplingRules',
              'xray:GetSamplingTargets',
            ]
          : []),
      ]
        .filter((action, index, all) => all.indexOf(action) === index)
        .sort(),
    );
  });
});

const ACCOUNT = '123456789012';

/** A string as CloudFormation would deploy it into account ACCOUNT (`Fn::Join` of literals and the account id). */
function deployedValue(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map(deployedValue).join(join[0]);
  if ((value as { Ref?: string }).Ref === 'AWS::AccountId') return ACCOUNT;
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

describe('the orchestrator runs the state machines of its manifest', () => {
  const [orchestrator] = SERVICE_MANIFESTS.filter(isOrchestratorManifest);
  const template = () => system.template(stackName(orchestrator!.service));
  const statements = () => statementsOf(template());
  const actionsOf = (statement: { Action: string | string[] }) => [statement.Action].flat();
  const machineRef = (workflow: string) => {
    const [logicalId] = Object.entries(template().findResources('AWS::StepFunctions::StateMachine')).find(
      ([, machine]) => machine['Properties'].StateMachineName === names.stateMachineName(workflow),
    )!;
    return { Ref: logicalId };
  };

  test('every function knows where the state machines are: their ARN without the workflow name', () => {
    const functions = Object.values(template().findResources('AWS::Lambda::Function'));
    expect(functions).toHaveLength(orchestrator!.subscriptions.length);
    for (const fn of functions) {
      const prefix = deployedValue(fn['Properties'].Environment.Variables.CONTENTFLOW_STATE_MACHINE_ARN_PREFIX);
      expect(prefix).toBe(
        `arn:aws:states:${system.config.region}:${ACCOUNT}:stateMachine:${names.stateMachineNamePrefix}`,
      );
      // What the orchestrator builds from it is a state machine's ARN as Step Functions reports it.
      for (const workflow of orchestrator!.workflows) {
        expect(`${prefix}${workflow.name}`).toBe(
          `arn:aws:states:${system.config.region}:${ACCOUNT}:stateMachine:${names.stateMachineName(workflow.name)}`,
        );
      }
    }
  });

  test.each(orchestrator!.workflows)('$name: may be started, and its executions stopped, by name', (workflow) => {
    const started = statements().filter((statement) => actionsOf(statement).includes('states:StartExecution'));
    expect(started.flatMap((statement) => [statement.Resource].flat())).toContainEqual(machineRef(workflow.name));
    const stopped = statements().filter((statement) => actionsOf(statement).includes('states:StopExecution'));
    expect(JSON.stringify(stopped.map((statement) => statement.Resource))).toContain(
      `:execution:${names.stateMachineName(workflow.name)}:*`,
    );
  });

  test('the task-token bridge may answer the tokens of every state machine', () => {
    const answered = statements().filter((statement) => actionsOf(statement).includes('states:SendTaskSuccess'));
    const resources = answered.flatMap((statement) => [statement.Resource].flat());
    for (const workflow of orchestrator!.workflows) expect(resources).toContainEqual(machineRef(workflow.name));
  });
});

/** Builds one service's stack from `manifest` in a throwaway app: the wiring checks run, and throw, here. */
function synthesizeServiceStack(manifest: ServiceManifest): void {
  const { app, dispose } = testApp();
  try {
    new ServiceStack(app, 'Broken', { deployment: { manifest }, names: new ResourceNames(testConfig(app).stage) });
  } finally {
    dispose();
  }
}

describe('manifests the platform cannot honour are refused at synth', () => {
  const [first] = SERVICE_MANIFESTS.filter((manifest) => manifest.queues.length > 0);
  const queue = first!.queues[0]!;
  const withQueue = (change: object): ServiceManifest => ({ ...first!, queues: [{ ...queue, ...change }] });

  test.each([
    ['a different maxReceiveCount', withQueue({ maxReceiveCount: COMMAND_MAX_RECEIVE_COUNT + 1 }), /redrives after/],
    ['a batch SQS cannot deliver', withQueue({ batchSize: 11 }), /batchSize must be at most 10/],
    ['a concurrency SQS cannot scale to', withQueue({ maxConcurrency: 1 }), /maxConcurrency must be at least 2/],
    [
      'a subscription declared twice',
      { ...first!, subscriptions: [...first!.subscriptions, ...first!.subscriptions] },
      /twice/,
    ],
  ])('%s', (_case, manifest, message) => {
    const build = () => synthesizeServiceStack(manifest);
    expect(build).toThrow(ManifestWiringError);
    expect(build).toThrow(message);
  });
});

describe('schedules EventBridge cannot run as declared are refused at synth', () => {
  const [first] = SERVICE_MANIFESTS.filter((manifest) => manifest.schedules.length > 0);
  const schedule = first!.schedules[0]!;
  const withSchedule = (change: object): ServiceManifest => ({ ...first!, schedules: [{ ...schedule, ...change }] });

  test.each([
    ['a rate under a minute', withSchedule({ rate: { minutes: 0 } }), /whole number of minutes/],
    ['a rate in fractions of a minute', withSchedule({ rate: { minutes: 2.5 } }), /whole number of minutes/],
    [
      'a run that may outlast the rate',
      withSchedule({ handler: { ...schedule.handler, timeoutSeconds: schedule.rate.minutes * 60 } }),
      /timeout must be shorter than the rate/,
    ],
  ])('%s', (_case, manifest, message) => {
    const build = () => synthesizeServiceStack(manifest);
    expect(build).toThrow(InvalidScheduleError);
    expect(build).toThrow(message);
  });
});
