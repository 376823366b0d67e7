import type { ServiceManifest } from '@contentflow/platform';
import { ArnFormat, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IWidget,
  type Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { SharedResources } from '../shared/shared-resources.ts';
import { lambdaMetric, loadBalancerMetric, queueMetric, stateMachineMetric } from './monitoring/metrics.ts';
import { type WatchedService, watchedServices } from './monitoring/watched-services.ts';

export interface MonitoringStackProps extends PlatformStackProps {
  manifests: readonly ServiceManifest[];
  alarmEmail?: string;
}

interface AlarmSpec {
  /** The alarm's name: the watched resource's physical name and what is watched. */
  name: string;
  description: string;
  metric: Metric;
  threshold: number;
}

/** Throttling is expected in bursts (reserved concurrency is deliberately small); a sustained run is not. */
const THROTTLE_THRESHOLD = 5;
const API_5XX_THRESHOLD = 5;

/**
 * Alarms (every dead-letter queue, every function's errors and throttles, every state machine's failures, the
 * API's 5xx) to one encrypted SNS topic, and a dashboard. Resources are watched by physical name, so this stack
 * references no service stack; deploy it after them, and again when a service is added.
 */
export class MonitoringStack extends Stack {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { names } = props;
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the ContentFlow alarm topic',
      enableKeyRotation: true,
    });
    // CloudWatch publishes to an encrypted topic only if the key lets it.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', {
      topicName: names.physicalName('alarms'),
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const shared = new SharedResources(this, names);
    const loadBalancer = shared.value('alb-full-name');
    const services = watchedServices(props.manifests, names);

    this.#alarm({
      name: names.physicalName('api-5xx'),
      description: 'The API load balancer answered 5xx (no healthy task, or the tasks failed).',
      metric: loadBalancerMetric(loadBalancer, 'HTTPCode_ELB_5XX_Count'),
      threshold: API_5XX_THRESHOLD,
    });
    this.#alarm({
      name: names.physicalName('api-target-5xx'),
      description: 'API tasks answered 5xx.',
      metric: loadBalancerMetric(loadBalancer, 'HTTPCode_Target_5XX_Count'),
      threshold: API_5XX_THRESHOLD,
    });
    this.#alarm({
      name: `${names.commandDeadLetterQueueName}-depth`,
      description: 'Commands failed maxReceiveCount times: their jobs are stuck in queued.',
      metric: queueMetric(names.commandDeadLetterQueueName),
      threshold: 1,
    });
    for (const service of services) this.#serviceAlarms(service);

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: names.physicalName('overview') });
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
    this.dashboard.addWidgets(
      ...this.#apiWidgets(loadBalancer, names.commandQueueName, names.commandDeadLetterQueueName),
    );
    for (const service of services) this.dashboard.addWidgets(...this.#serviceWidgets(service));
  }

  #alarm(spec: AlarmSpec): void {
    const alarm = new Alarm(this, spec.name, {
      alarmName: spec.name,
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data means no traffic (or a service not deployed yet), not a failure.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }

  #stateMachineArn(name: string): string {
    return this.formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: name,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  }

  #serviceAlarms(service: WatchedService): void {
    for (const fn of service.functionNames) {
      this.#alarm({
        name: `${fn}-errors`,
        description: `${fn} threw (the event or message is retried, then dead-lettered).`,
        metric: lambdaMetric(fn, 'Errors'),
        threshold: 1,
      });
      this.#alarm({
        name: `${fn}-throttles`,
        description: `${fn} hit its reserved concurrency repeatedly.`,
        metric: lambdaMetric(fn, 'Throttles'),
        threshold: THROTTLE_THRESHOLD,
      });
    }
    for (const queue of service.deadLetterQueueNames) {
      this.#alarm({
        name: `${queue}-depth`,
        description: `Events ${service.service} never handled are waiting in ${queue}.`,
        metric: queueMetric(queue),
        threshold: 1,
      });
    }
    for (const name of service.stateMachineNames) {
      for (const metricName of ['ExecutionsFailed', 'ExecutionsTimedOut']) {
        this.#alarm({
          name: `${name}-${metricName}`,
          description: `${name}: a workflow execution ended without a package (${metricName}).`,
          metric: stateMachineMetric(this.#stateMachineArn(name), name, metricName),
          threshold: 1,
        });
      }
    }
  }

  #apiWidgets(loadBalancer: string, commandQueue: string, commandDeadLetters: string): IWidget[] {
    return [
      new GraphWidget({
        title: 'API requests and 5xx',
        left: [loadBalancerMetric(loadBalancer, 'RequestCount')],
        right: [
          loadBalancerMetric(loadBalancer, 'HTTPCode_ELB_5XX_Count'),
          loadBalancerMetric(loadBalancer, 'HTTPCode_Target_5XX_Count'),
        ],
      }),
      new GraphWidget({
        title: 'API latency (p95, seconds)',
        left: [loadBalancerMetric(loadBalancer, 'TargetResponseTime', 'p95')],
      }),
      new GraphWidget({
        title: 'Command queue',
        left: [queueMetric(commandQueue), queueMetric(commandDeadLetters)],
        right: [queueMetric(commandQueue, 'ApproximateAgeOfOldestMessage')],
      }),
    ];
  }

  #serviceWidgets(service: WatchedService): IWidget[] {
    const widgets: IWidget[] = [new TextWidget({ markdown: `### ${service.service}`, width: 24, height: 1 })];
    for (const fn of service.functionNames) {
      widgets.push(
        new GraphWidget({
          title: fn,
          left: [lambdaMetric(fn, 'Invocations'), lambdaMetric(fn, 'Errors'), lambdaMetric(fn, 'Throttles')],
          right: [lambdaMetric(fn, 'Duration', 'p95')],
        }),
      );
    }
    if (service.deadLetterQueueNames.length > 0) {
      widgets.push(
        new GraphWidget({
          title: `${service.service} dead letters`,
          left: service.deadLetterQueueNames.map((q) => queueMetric(q)),
        }),
      );
    }
    for (const name of service.stateMachineNames) {
      const arn = this.#stateMachineArn(name);
      widgets.push(
        new GraphWidget({
          title: name,
          left: ['ExecutionsStarted', 'ExecutionsSucceeded', 'ExecutionsFailed'].map((metric) =>
            stateMachineMetric(arn, name, metric),
          ),
        }),
      );
    }
    return widgets;
  }
}
