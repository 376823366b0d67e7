import { COMMAND_MAX_RECEIVE_COUNT, type ServiceManifest } from '@contentflow/platform';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResourceNames, stackName } from '../config/resource-names.ts';
import { isOrchestratorManifest } from '../orchestrator/workflow-state-machines.ts';
import { SYNTH_TIMEOUT_MS, synthesizeSystem, testApp, testConfig } from '../test-support/test-app.ts';
import { ManifestWiringError } from './contentflow-service.ts';
import { SERVICE_MANIFESTS } from './service-catalog.ts';
import { ServiceStack } from './service-stack.ts';

const system = synthesizeSystem(SERVICE_MANIFESTS);
const names = new ResourceNames(system.config.stage);
beforeAll(() => {
  system.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => system.dispose());

const ssmRef = (key: string) => ({ Ref: Match.stringLikeRegexp(`^SsmParameterValuecontentflowdev${key}`) });

describe.each(SERVICE_MANIFESTS)('the $service stack', (manifest) => {
  const template = () => system.template(stackName(manifest.service));
  const allSubscriptions = [...manifest.subscriptions, ...manifest.queues];

  test('has one Node 24 arm64 function per subscription, sized and bounded by the manifest', () => {
    template().resourceCountIs('AWS::Lambda::Function', allSubscriptions.length);
    for (const subscription of allSubscriptions) {
      template().hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: names.functionName(subscription.name),
        Handler: `index.${subscription.handler.exportName}`,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: subscription.handler.memoryMb,
        Timeout: subscription.handler.timeoutSeconds,
        ReservedConcurrentExecutions: subscription.maxConcurrency,
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

  test('routes each event subscription through a rule on the shared bus, with its retry policy and a DLQ', () => {
    template().resourceCountIs('AWS::Events::Rule', manifest.subscriptions.length);
    template().resourceCountIs('AWS::SQS::Queue', manifest.subscriptions.length);
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

  test('grants only what the platform adapters call', () => {
    const policies = Object.values(template().findResources('AWS::IAM::Policy'));
    const actions = new Set(
      policies.flatMap((policy) =>
        (policy['Properties'].PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) => s.Action),
      ),
    );
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
        ...(manifest.subscriptions.length > 0 ? ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'] : []),
        ...(manifest.queues.length > 0
          ? [
              'sqs:ReceiveMessage',
              'sqs:ChangeMessageVisibility',
              'sqs:GetQueueUrl',
              'sqs:DeleteMessage',
              'sqs:GetQueueAttributes',
            ]
          : []),
        // State machines deliver their logs and traces; the task-token bridge answers their tokens.
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
    const build = () => {
      const { app, dispose } = testApp();
      try {
        new ServiceStack(app, 'Broken', { manifest, names: new ResourceNames(testConfig(app).stage) });
      } finally {
        dispose();
      }
    };
    expect(build).toThrow(ManifestWiringError);
    expect(build).toThrow(message);
  });
});
