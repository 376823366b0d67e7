import { COMMAND_MAX_RECEIVE_COUNT } from '@contentflow/platform';
import { Duration, IgnoreMode, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import {
  Cluster,
  ContainerImage,
  ContainerInsights,
  CpuArchitecture,
  Secret as EcsSecret,
  LogDrivers,
  OperatingSystemFamily,
} from 'aws-cdk-lib/aws-ecs';
import { ApplicationLoadBalancedFargateService } from 'aws-cdk-lib/aws-ecs-patterns';
import { ApplicationProtocol, SslPolicy } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { deadLetterQueue } from '../shared/dead-letter-queue.ts';
import { dockerignorePatterns } from '../shared/docker-context.ts';
import { logBucket } from '../shared/log-bucket.ts';
import { grantBlobStore } from '../shared/platform-grants.ts';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { awsRuntimeEnvironment } from '../shared/runtime-environment.ts';
import { publishParameter } from '../shared/shared-parameters.ts';
import { SharedResources } from '../shared/shared-resources.ts';

const API_DOCKERFILE = 'services/api/Dockerfile';
const API_PORT = 3000;

export interface HttpApiStackProps extends PlatformStackProps {
  /** At least the longest timeout among the command queue's consumers, or SQS redelivers work still running. */
  commandVisibilityTimeout: Duration;
  certificateArn?: string;
  minTasks: number;
  maxTasks: number;
}

/**
 * The HTTP API: a Fargate service behind a public ALB (health-checked on /health, scaled on CPU and memory) and the
 * command queue it sends accepted jobs to, with its dead-letter queue.
 */
export class HttpApiStack extends Stack {
  readonly commandQueue: Queue;
  readonly commandDeadLetterQueue: Queue;
  readonly api: ApplicationLoadBalancedFargateService;

  constructor(scope: Construct, id: string, props: HttpApiStackProps) {
    super(scope, id, props);
    const { names } = props;
    const shared = new SharedResources(this, names);

    this.commandDeadLetterQueue = deadLetterQueue(this, 'CommandDeadLetters', names.commandDeadLetterQueueName);
    this.commandQueue = new Queue(this, 'Commands', {
      queueName: names.commandQueueName,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: props.commandVisibilityTimeout,
      deadLetterQueue: { queue: this.commandDeadLetterQueue, maxReceiveCount: COMMAND_MAX_RECEIVE_COUNT },
    });

    const cluster = new Cluster(this, 'Cluster', { vpc: shared.vpc, containerInsightsV2: ContainerInsights.ENABLED });
    const certificate = props.certificateArn
      ? Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
      : undefined;
    this.api = new ApplicationLoadBalancedFargateService(this, 'Api', {
      cluster,
      cpu: 512,
      memoryLimitMiB: 1024,
      desiredCount: props.minTasks,
      minHealthyPercent: 100,
      circuitBreaker: { rollback: true },
      // x86 so the image builds natively on the usual CI runners; the Lambdas, bundled as plain JS, run on arm64.
      runtimePlatform: { cpuArchitecture: CpuArchitecture.X86_64, operatingSystemFamily: OperatingSystemFamily.LINUX },
      publicLoadBalancer: true,
      ...(certificate
        ? { certificate, protocol: ApplicationProtocol.HTTPS, redirectHTTP: true, sslPolicy: SslPolicy.RECOMMENDED_TLS }
        : { protocol: ApplicationProtocol.HTTP }),
      taskImageOptions: {
        image: ContainerImage.fromAsset(REPO_ROOT, {
          file: API_DOCKERFILE,
          exclude: dockerignorePatterns(`${API_DOCKERFILE}.dockerignore`),
          ignoreMode: IgnoreMode.DOCKER,
          platform: Platform.LINUX_AMD64,
        }),
        containerPort: API_PORT,
        environment: {
          ...awsRuntimeEnvironment({
            busName: shared.value('bus-name'),
            commandQueueUrl: this.commandQueue.queueUrl,
            mediaBucketName: shared.mediaBucket.bucketName,
            idempotencyTableName: shared.idempotencyTable.tableName,
          }),
          HOST: '0.0.0.0',
          PORT: String(API_PORT),
          // Behind the ALB the client address is the last X-Forwarded-For hop (rate limits key on it).
          CONTENTFLOW_API_TRUST_PROXY: 'true',
          POWERTOOLS_SERVICE_NAME: 'api',
        },
        secrets: {
          MONGODB_URI: EcsSecret.fromSecretsManager(shared.mongodbSecret),
          CONTENTFLOW_JWT_SIGNING_KEYS: EcsSecret.fromSecretsManager(shared.jwtSecret),
        },
        logDriver: LogDrivers.awsLogs({
          streamPrefix: 'api',
          logGroup: new LogGroup(this, 'ApiLogs', { retention: RetentionDays.ONE_MONTH }),
        }),
      },
    });
    const { loadBalancer, targetGroup, service, taskDefinition } = this.api;
    // Where clients reach the API (the OpenAPI `servers` entry); known only once the load balancer exists.
    taskDefinition.defaultContainer?.addEnvironment(
      'CONTENTFLOW_PUBLIC_URL',
      `${certificate ? 'https' : 'http'}://${loadBalancer.loadBalancerDnsName}`,
    );
    targetGroup.configureHealthCheck({
      path: '/health',
      healthyHttpCodes: '200',
      interval: Duration.seconds(15),
      healthyThresholdCount: 2,
    });
    // Longer than the API's graceful shutdown (10 s by default), so in-flight requests finish on a draining task.
    targetGroup.setAttribute('deregistration_delay.timeout_seconds', '30');
    loadBalancer.logAccessLogs(logBucket(this, 'LoadBalancerLogs'), 'api');

    const scaling = service.autoScaleTaskCount({ minCapacity: props.minTasks, maxCapacity: props.maxTasks });
    scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });
    scaling.scaleOnMemoryUtilization('Memory', { targetUtilizationPercent: 70 });

    shared.bus.grantPutEventsTo(taskDefinition.taskRole);
    this.commandQueue.grantSendMessages(taskDefinition.taskRole);
    grantBlobStore(shared.mediaBucket, taskDefinition.taskRole);

    Validations.of(loadBalancer).acknowledge({
      id: 'AwsSolutions-EC23',
      reason: 'The API is public: its load balancer accepts HTTP(S) from anywhere; the tasks accept only the ALB.',
    });
    Validations.of(taskDefinition).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'The execution role pulls the image: ecr:GetAuthorizationToken has no resource-level permissions.',
    });
    Validations.of(taskDefinition).acknowledge({
      id: 'AwsSolutions-ECS2',
      reason: 'The environment holds names and switches only; the MongoDB URI and JWT keys come as ECS secrets.',
    });

    publishParameter(this, names, 'command-queue-arn', this.commandQueue.queueArn, 'Command queue ARN');
    publishParameter(this, names, 'command-queue-url', this.commandQueue.queueUrl, 'Command queue URL');
    publishParameter(this, names, 'alb-dns-name', loadBalancer.loadBalancerDnsName, 'API load balancer DNS name');
    publishParameter(this, names, 'alb-full-name', loadBalancer.loadBalancerFullName, 'API load balancer (metrics)');
  }
}
