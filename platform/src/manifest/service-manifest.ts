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
 * What a service subscribes to, publishes and needs: the one source of wiring, read by its CDK construct, the
 * local runtime and the event catalog, so the three can't disagree.
 */
export interface ServiceManifest {
  service: string;
  description: string;
  subscriptions: readonly EventSubscription[];
  queues: readonly QueueSubscription[];
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
