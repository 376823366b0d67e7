import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOG, schemaFilePath } from '@contentflow/events';
import { COMMAND_MAX_RECEIVE_COUNT } from '@contentflow/platform';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { ResourceNames, SHARED_PARAMETERS, VIDEO_CLIPS_PREFIX } from '../config/resource-names.ts';
import { SERVICE_MANIFESTS, SERVICES } from '../services/service-catalog.ts';
import { SYNTH_TIMEOUT_MS, synthesizeSystem, testApp } from '../test-support/test-app.ts';
import { toDraft4 } from './bus/draft4-schema.ts';
import { StorageStack } from './storage-stack.ts';

const system = synthesizeSystem(SERVICES);
const names = new ResourceNames(system.config.stage);
beforeAll(() => {
  system.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => system.dispose());

/** Properties of every resource of a type, across every stack. */
function everywhere(type: string): Record<string, unknown>[] {
  return system.stacks.all.flatMap((stack) =>
    Object.values(system.template(stack.stackName).findResources(type)).map(
      (resource) => resource['Properties'] as Record<string, unknown>,
    ),
  );
}

const TLS_ONLY = Match.arrayWith([
  Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
]);

test('the platform publishes every shared parameter exactly once', () => {
  const published = everywhere('AWS::SSM::Parameter').map((parameter) => parameter['Name']);
  expect([...published].sort()).toEqual(SHARED_PARAMETERS.map((key) => names.parameter(key)).sort());
});

describe('network', () => {
  test('a two-zone VPC with public and private subnets, one NAT gateway and rejected-traffic flow logs', () => {
    const template = system.template('ContentFlow-Network');
    template.resourceCountIs('AWS::EC2::VPC', 1);
    template.resourceCountIs('AWS::EC2::Subnet', 4);
    template.resourceCountIs('AWS::EC2::NatGateway', 1);
    template.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'REJECT' });
  });
});

describe('data', () => {
  test('one secret for the MongoDB URI and one for the JWT signing keys', () => {
    const template = system.template('ContentFlow-Data');
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'contentflow/dev/mongodb-uri' });
    template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'contentflow/dev/jwt-signing-keys' });
  });
});

describe('bus', () => {
  const template = () => system.template('ContentFlow-Bus');

  test('the contentflow bus, archived in full for a year', () => {
    template().hasResourceProperties('AWS::Events::EventBus', { Name: 'contentflow' });
    template().hasResourceProperties('AWS::Events::Archive', {
      RetentionDays: 365,
      EventPattern: { account: [{ Ref: 'AWS::AccountId' }] },
    });
  });

  test('a draft-4 registry schema per published event version, wrapping the committed detail schema', () => {
    template().resourceCountIs('AWS::EventSchemas::Schema', EVENT_CATALOG.length);
    for (const definition of EVENT_CATALOG) {
      const [schema] = Object.values(
        template().findResources('AWS::EventSchemas::Schema', {
          Properties: { SchemaName: `contentflow@${definition.detailType}.v${definition.version}` },
        }),
      );
      expect(schema?.['Properties'].Type).toBe('JSONSchemaDraft4');
      const content = JSON.parse(schema?.['Properties'].Content as string);
      const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'events/schemas', schemaFilePath(definition)), 'utf8'));
      expect(content).toMatchObject({
        $schema: 'http://json-schema.org/draft-04/schema#',
        properties: {
          source: { enum: [...definition.sources] },
          'detail-type': { enum: [definition.detailType] },
          detail: toDraft4(committed),
        },
      });
    }
  });
});

describe('storage', () => {
  test('the media bucket is versioned, encrypted, private, TLS-only and logged', () => {
    const template = system.template('ContentFlow-Storage');
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'media/' }),
    });
    template.allResourcesProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: TLS_ONLY } });
  });

  test('media moves to Glacier after the configured number of days', () => {
    const { app, dispose } = testApp();
    try {
      const stack = new StorageStack(app, 'Storage', { names, glacierAfterDays: 17 });
      Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Status: 'Enabled',
              Transitions: [{ StorageClass: 'GLACIER', TransitionInDays: 17 }],
              NoncurrentVersionTransitions: [{ StorageClass: 'GLACIER', TransitionInDays: 30 }],
            }),
          ]),
        },
      });
    } finally {
      dispose();
    }
  });

  test('generated video clips expire after a week, their old versions and delete markers with them', () => {
    const [media] = Object.values(
      system.template('ContentFlow-Storage').findResources('AWS::S3::Bucket', {
        Properties: { LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'media/' }) },
      }),
    );
    const rules = media?.['Properties'].LifecycleConfiguration.Rules as Record<string, unknown>[];
    const clipRules = rules.filter((rule) => rule['Prefix'] === `${VIDEO_CLIPS_PREFIX}/`);
    expect(clipRules).toEqual([
      {
        Id: 'expire-video-clips',
        Prefix: '_video-clips/',
        Status: 'Enabled',
        ExpirationInDays: 7,
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
      },
      { Id: 'video-clip-delete-markers', Prefix: '_video-clips/', Status: 'Enabled', ExpiredObjectDeleteMarker: true },
    ]);
    // The media rule stays unscoped: it still covers everything else.
    expect(rules.filter((rule) => rule['Prefix'] === undefined)).toHaveLength(1);
  });

  test('the idempotency table has Powertools’ key and expires records by TTL', () => {
    system.template('ContentFlow-Storage').hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });
});

describe('HTTP API', () => {
  const template = () => system.template('ContentFlow-HttpApi');

  test('the command queue redrives to its DLQ and outlasts its slowest consumer', () => {
    const slowest = Math.max(...SERVICE_MANIFESTS.flatMap((m) => m.queues.map((q) => q.handler.timeoutSeconds)));
    template().hasResourceProperties('AWS::SQS::Queue', {
      QueueName: names.commandQueueName,
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 6 * slowest,
      RedrivePolicy: { maxReceiveCount: COMMAND_MAX_RECEIVE_COUNT, deadLetterTargetArn: Match.anyValue() },
    });
    template().hasResourceProperties('AWS::SQS::Queue', { QueueName: names.commandDeadLetterQueueName });
  });

  test('a Fargate service from the API Dockerfile gets the AWS runtime settings and its secrets from Secrets Manager', () => {
    template().resourceCountIs('AWS::ECS::Service', 1);
    template().hasResourceProperties('AWS::ECS::TaskDefinition', {
      ContainerDefinitions: [
        Match.objectLike({
          Environment: Match.arrayWith([
            { Name: 'CONTENTFLOW_RUNTIME', Value: 'aws' },
            { Name: 'HOST', Value: '0.0.0.0' },
            { Name: 'CONTENTFLOW_API_TRUST_PROXY', Value: 'true' },
            { Name: 'CONTENTFLOW_PUBLIC_URL', Value: Match.anyValue() },
          ]),
          Secrets: [
            { Name: 'MONGODB_URI', ValueFrom: Match.anyValue() },
            { Name: 'CONTENTFLOW_JWT_SIGNING_KEYS', ValueFrom: Match.anyValue() },
          ],
        }),
      ],
    });
    template().hasResourceProperties('AWS::ECS::Service', {
      DeploymentConfiguration: Match.objectLike({ DeploymentCircuitBreaker: { Enable: true, Rollback: true } }),
    });
  });

  test('the load balancer health-checks /health and logs access; tasks scale on CPU and memory', () => {
    template().hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', { HealthCheckPath: '/health' });
    template().hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      LoadBalancerAttributes: Match.arrayWith([{ Key: 'access_logs.s3.enabled', Value: 'true' }]),
    });
    template().hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      MinCapacity: system.config.apiMinTasks,
      MaxCapacity: system.config.apiMaxTasks,
    });
    for (const metric of ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization']) {
      template().hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
        TargetTrackingScalingPolicyConfiguration: Match.objectLike({
          PredefinedMetricSpecification: { PredefinedMetricType: metric },
        }),
      });
    }
  });
});

describe('frontend', () => {
  test('CloudFront reads the private site bucket through Origin Access Control, over HTTPS only', () => {
    const template = system.template('ContentFlow-Frontend');
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        Logging: Match.objectLike({ Prefix: 'site/' }),
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      },
    });
  });
});

describe('monitoring', () => {
  const template = () => system.template('ContentFlow-Monitoring');
  /** The watched dimension of each alarm on a metric (alarms on labelled metrics use the `Metrics` form). */
  const alarmsOn = (metricName: string, dimension: string) =>
    Object.values(template().findResources('AWS::CloudWatch::Alarm')).flatMap((alarm) => {
      const properties = alarm['Properties'];
      const metric = properties.Metrics?.[0]?.MetricStat?.Metric ?? properties;
      if (metric.MetricName !== metricName) return [];
      return (metric.Dimensions as { Name: string; Value: unknown }[])
        .filter((d) => d.Name === dimension)
        .map((d) => d.Value);
    });

  test('every dead-letter queue of every stack has a depth alarm', () => {
    const deadLetterQueues = everywhere('AWS::SQS::Queue')
      .map((queue) => queue['QueueName'] as string)
      .filter((name) => name.endsWith('-dlq'));
    expect(deadLetterQueues.length).toBeGreaterThan(1);
    expect(alarmsOn('ApproximateNumberOfMessagesVisible', 'QueueName').sort()).toEqual(deadLetterQueues.sort());
  });

  test('every service function has an errors and a throttles alarm', () => {
    // CDK's own custom-resource handlers (unnamed) are not ours to watch.
    const functions = everywhere('AWS::Lambda::Function')
      .map((fn) => fn['FunctionName'])
      .filter((name): name is string => typeof name === 'string');
    expect(functions.length).toBe(
      SERVICE_MANIFESTS.flatMap((m) => [...m.subscriptions, ...m.queues, ...m.schedules]).length,
    );
    expect(alarmsOn('Errors', 'FunctionName').sort()).toEqual([...functions].sort());
    expect(alarmsOn('Throttles', 'FunctionName').sort()).toEqual([...functions].sort());
  });

  test('the API’s 5xx raise alarms; all alarms notify an encrypted topic; a dashboard shows it all', () => {
    expect(alarmsOn('HTTPCode_ELB_5XX_Count', 'LoadBalancer')).toHaveLength(1);
    expect(alarmsOn('HTTPCode_Target_5XX_Count', 'LoadBalancer')).toHaveLength(1);
    template().hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    for (const alarm of Object.values(template().findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm['Properties'].AlarmActions).toEqual([{ Ref: expect.stringMatching(/^Alarms/) }]);
    }
    template().resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});
