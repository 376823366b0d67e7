import type { AnyEventDefinition, EventPatternFields } from '@contentflow/events';
import type { Context } from 'aws-lambda';

/** Any Lambda handler: an async function of (event, context). */
export type LambdaHandler = (event: never, context: Context) => Promise<unknown>;

/**
 * Where a Lambda's code is: the module file (CDK bundles it with esbuild) and its export. `load` imports it
 * lazily, so reading a manifest (CDK synth, the catalog) never runs a handler module.
 */
export interface HandlerReference {
  entry: string;
  exportName: string;
  timeoutSeconds: number;
  memoryMb: number;
  load: () => Promise<LambdaHandler>;
}

/** One EventBridge rule with one Lambda target. */
export interface EventSubscription {
  /** Unique across the system; the rule's name in CDK and in the local bus. */
  name: string;
  description: string;
  /** An EventBridge pattern: matcher arrays at the leaves (see `compileEventPattern`). */
  eventPattern: EventPatternFields;
  handler: HandlerReference;
  /** Reserved concurrency of the target (local: the bus target's bound). */
  maxConcurrency: number;
  retryPolicy: { maximumRetryAttempts: number; maximumEventAgeInSeconds: number };
}

/** One SQS event source mapping. */
export interface QueueSubscription {
  name: string;
  description: string;
  /** The logical queue: `commands` is the API's command queue. */
  queue: 'commands';
  handler: HandlerReference;
  batchSize: number;
  maxConcurrency: number;
  maxReceiveCount: number;
}

/**
 * A Lambda run on a fixed rate (an EventBridge schedule rule), for work nothing announces: a sweep for what a crash
 * left behind. A run never overlaps the last: reserved concurrency 1 on AWS, a skipped tick locally. Its function
 * may use the records (MongoDB) and, if it says so, the command queue; nothing else.
 */
export interface ScheduledSubscription {
  /** Unique across the system, like a subscription's: names the rule and the function. */
  name: string;
  description: string;
  /** EventBridge rates are whole minutes, at least one. */
  rate: { minutes: number };
  handler: HandlerReference;
  /** The handler sends to the command queue: only then does its function get `sqs:SendMessage` on it. */
  sendsCommands?: boolean;
}

/**
 * What a service subscribes to, publishes and needs: the one source of wiring, read by its CDK construct, the
 * local runtime and the event catalog, so the three can't disagree.
 */
export interface ServiceManifest {
  service: string;
  description: string;
  subscriptions: readonly EventSubscription[];
  queues: readonly QueueSubscription[];
  schedules: readonly ScheduledSubscription[];
  publishes: readonly AnyEventDefinition[];
}

/** Builds a handler reference from a module URL relative to the manifest (`new URL('./x.handler.ts', import.meta.url)`). */
export function handlerAt(
  moduleUrl: URL,
  exportName: string,
  limits: { timeoutSeconds: number; memoryMb: number },
): HandlerReference {
  return {
    entry: moduleUrl.pathname,
    exportName,
    ...limits,
    load: async () => {
      const module = (await import(moduleUrl.href)) as Record<string, unknown>;
      const handler = module[exportName];
      if (typeof handler !== 'function') throw new Error(`${moduleUrl.pathname} has no handler export "${exportName}"`);
      return handler as LambdaHandler;
    },
  };
}

/** A schedule EventBridge cannot run as declared. */
export class InvalidScheduleError extends Error {
  override name = 'InvalidScheduleError';
}

/**
 * The time between a schedule's runs. @throws InvalidScheduleError for a rate EventBridge cannot express (whole
 * minutes, at least one) or a handler timeout that would let a run outlast it.
 */
export function schedulePeriodMs(schedule: ScheduledSubscription): number {
  const { minutes } = schedule.rate;
  if (!Number.isInteger(minutes) || minutes < 1) {
    throw new InvalidScheduleError(`${schedule.name}: rate must be a whole number of minutes, at least 1`);
  }
  if (schedule.handler.timeoutSeconds >= minutes * 60) {
    throw new InvalidScheduleError(`${schedule.name}: the handler's timeout must be shorter than the rate`);
  }
  return minutes * 60_000;
}
