import {
  COMMAND_MAX_RECEIVE_COUNT,
  type EventSubscription,
  type QueueSubscription,
  type ScheduledSubscription,
  type ServiceManifest,
  schedulePeriodMs,
} from '@contentflow/platform';
import { Duration } from 'aws-cdk-lib';
import { type EventPattern, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunctionResource } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ResourceNames } from '../config/resource-names.ts';
import { deadLetterQueue } from '../shared/dead-letter-queue.ts';
import { grantBlobStore, grantIdempotency } from '../shared/platform-grants.ts';
import { awsRuntimeEnvironment } from '../shared/runtime-environment.ts';
import type { SharedResources } from '../shared/shared-resources.ts';
import type { ServiceImage } from './engine-image.ts';
import { ManifestWiringError } from './manifest-wiring-error.ts';
import { serviceFunction } from './service-function.ts';

export interface ContentFlowServiceProps {
  manifest: ServiceManifest;
  names: ResourceNames;
  shared: SharedResources;
  /** Ship the functions as this container image rather than esbuild bundles. */
  image?: ServiceImage;
  /** Variables every function of the service gets on top of the platform's (providers, state machine ARNs). */
  environment?: Record<string, string>;
}

/** SQS won't hand a Lambda more than 10 messages at once without a batching window. */
const MAX_SQS_BATCH = 10;
/** An SQS event source mapping scales to no fewer than two concurrent invocations. */
const MIN_SQS_CONCURRENCY = 2;
/** One run of a schedule at a time: a tick that finds the last run going is throttled, not run beside it. */
const SCHEDULE_CONCURRENCY = 1;
/** How many times EventBridge tries again to deliver a schedule's invocation, within one period. */
const SCHEDULE_DELIVERY_RETRIES = 2;

/**
 * A service deployed from its manifest: one Lambda per subscription, an EventBridge rule on the shared bus with the
 * manifest's pattern and retry policy, a dead-letter queue for what never got processed, SQS event sources on the
 * command queue, a schedule rule per schedule, and only the grants the platform adapters use.
 */
export class ContentFlowService extends Construct {
  readonly manifest: ServiceManifest;
  /** By subscription name (event, queue and scheduled subscriptions alike). */
  readonly functions = new Map<string, LambdaFunctionResource>();
  readonly rules = new Map<string, Rule>();
  readonly deadLetterQueues = new Map<string, Queue>();
  readonly #names: ResourceNames;
  readonly #shared: SharedResources;
  readonly #image: ServiceImage | undefined;
  readonly #environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: ContentFlowServiceProps) {
    super(scope, id);
    this.manifest = props.manifest;
    this.#names = props.names;
    this.#shared = props.shared;
    this.#image = props.image;
    this.#environment = props.environment ?? {};
    for (const subscription of props.manifest.subscriptions) this.#subscribe(subscription);
    for (const subscription of props.manifest.queues) this.#consume(subscription);
    for (const schedule of props.manifest.schedules) this.#schedule(schedule);
  }

  /** The function of a subscription; a wrong name is a manifest error, not a silent no-op. */
  functionOf(subscriptionName: string): LambdaFunctionResource {
    const fn = this.functions.get(subscriptionName);
    if (!fn) {
      throw new ManifestWiringError(`${this.manifest.service} has no subscription named "${subscriptionName}"`);
    }
    return fn;
  }

  #function(
    subscription: EventSubscription | QueueSubscription | ScheduledSubscription,
    maxConcurrency: number,
  ): LambdaFunctionResource {
    if (this.functions.has(subscription.name)) {
      throw new ManifestWiringError(`${this.manifest.service} declares subscription "${subscription.name}" twice`);
    }
    const shared = this.#shared;
    const fn = serviceFunction(this, subscription.name, {
      service: this.manifest.service,
      ...(this.#image ? { image: this.#image } : {}),
      functionName: this.#names.functionName(subscription.name),
      description: subscription.description,
      handler: subscription.handler,
      maxConcurrency,
      environment: {
        ...awsRuntimeEnvironment({
          busName: shared.value('bus-name'),
          commandQueueUrl: shared.value('command-queue-url'),
          mediaBucketName: shared.mediaBucket.bucketName,
          idempotencyTableName: shared.idempotencyTable.tableName,
        }),
        CONTENTFLOW_MONGODB_SECRET_ARN: shared.mongodbSecret.secretArn,
        POWERTOOLS_SERVICE_NAME: this.manifest.service,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        POWERTOOLS_METRICS_NAMESPACE: 'ContentFlow',
        ...this.#environment,
      },
    });
    // Every function reads and writes records.
    shared.mongodbSecret.grantRead(fn);
    this.functions.set(subscription.name, fn);
    return fn;
  }

  /** What a handler of events or commands may use besides records: publish, blobs, idempotency. */
  #grantEventHandling(fn: LambdaFunctionResource): void {
    const shared = this.#shared;
    shared.bus.grantPutEventsTo(fn);
    grantBlobStore(shared.mediaBucket, fn);
    grantIdempotency(shared.idempotencyTable, fn);
  }

  #deadLetterQueue(subscriptionName: string): Queue {
    const queue = deadLetterQueue(this, `${subscriptionName}-dlq`, this.#names.deadLetterQueueName(subscriptionName));
    this.deadLetterQueues.set(subscriptionName, queue);
    return queue;
  }

  #subscribe(subscription: EventSubscription): void {
    const fn = this.#function(subscription, subscription.maxConcurrency);
    this.#grantEventHandling(fn);
    const deadLetters = this.#deadLetterQueue(subscription.name);
    // EventBridge's DLQ takes events it could not deliver; Lambda's on-failure destination takes events whose
    // handler kept failing after its async retries. One queue holds both: "events this subscription never handled".
    fn.configureAsyncInvoke({ onFailure: new SqsDestination(deadLetters) });
    const rule = new Rule(this, `${subscription.name}-rule`, {
      ruleName: this.#names.ruleName(subscription.name),
      description: subscription.description,
      eventBus: this.#shared.bus,
      // CDK renders pattern fields verbatim (`detail-type` included); its types model matchers as strings only.
      eventPattern: subscription.eventPattern as EventPattern,
      targets: [
        new LambdaFunction(fn, {
          deadLetterQueue: deadLetters,
          retryAttempts: subscription.retryPolicy.maximumRetryAttempts,
          maxEventAge: Duration.seconds(subscription.retryPolicy.maximumEventAgeInSeconds),
        }),
      ],
    });
    this.rules.set(subscription.name, rule);
  }

  #consume(subscription: QueueSubscription): void {
    // The command queue (and its redrive policy) belongs to the HTTP API stack; a manifest can't ask for another.
    if (subscription.maxReceiveCount !== COMMAND_MAX_RECEIVE_COUNT) {
      throw new ManifestWiringError(
        `${subscription.name} expects maxReceiveCount ${subscription.maxReceiveCount}, the command queue redrives after ${COMMAND_MAX_RECEIVE_COUNT}`,
      );
    }
    if (subscription.batchSize > MAX_SQS_BATCH) {
      throw new ManifestWiringError(`${subscription.name}: batchSize must be at most ${MAX_SQS_BATCH}`);
    }
    if (subscription.maxConcurrency < MIN_SQS_CONCURRENCY) {
      throw new ManifestWiringError(`${subscription.name}: maxConcurrency must be at least ${MIN_SQS_CONCURRENCY}`);
    }
    const fn = this.#function(subscription, subscription.maxConcurrency);
    this.#grantEventHandling(fn);
    fn.addEventSource(
      new SqsEventSource(this.#shared.commandQueue, {
        batchSize: subscription.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: subscription.maxConcurrency,
      }),
    );
  }

  #schedule(schedule: ScheduledSubscription): void {
    // A run must end before the next is due, and the rate must be one EventBridge can express.
    const period = Duration.millis(schedulePeriodMs(schedule));
    // Records only (and the command queue if it sends commands): a sweep publishes nothing and stores no blobs.
    const fn = this.#function(schedule, SCHEDULE_CONCURRENCY);
    if (schedule.sendsCommands) this.#shared.commandQueue.grantSendMessages(fn);
    const deadLetters = this.#deadLetterQueue(schedule.name);
    // A failed run is not retried: the next tick is the retry. It is kept, with its error, for whoever looks.
    fn.configureAsyncInvoke({ onFailure: new SqsDestination(deadLetters), retryAttempts: 0, maxEventAge: period });
    // Schedule rules live on the default bus (EventBridge runs them nowhere else); an event older than one period
    // is stale, the next one is on its way.
    const rule = new Rule(this, `${schedule.name}-rule`, {
      ruleName: this.#names.ruleName(schedule.name),
      description: schedule.description,
      schedule: Schedule.rate(period),
      targets: [
        new LambdaFunction(fn, {
          deadLetterQueue: deadLetters,
          retryAttempts: SCHEDULE_DELIVERY_RETRIES,
          maxEventAge: period,
        }),
      ],
    });
    this.rules.set(schedule.name, rule);
  }
}
