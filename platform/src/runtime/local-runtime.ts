import { lambdaContext } from '../lambda/lambda-context.ts';
import { type QueueConsumer, startQueueConsumer } from '../local/command-queue/queue-consumer.ts';
import { SqliteCommandQueue } from '../local/command-queue/sqlite-command-queue.ts';
import { type LambdaHandler, type ServiceManifest, schedulePeriodMs } from '../manifest/service-manifest.ts';
import { type LocalSchedule, startLocalSchedule } from './local-schedule.ts';
import type { LocalParts } from './platform-adapter-set.ts';

export interface LocalRuntimeOptions {
  local: LocalParts;
  manifests: readonly ServiceManifest[];
  /**
   * Failures outside any handler (a dead-letter send that failed) and scheduled runs that threw
   * (`ScheduledRunError`); they never stop the runtime.
   */
  onError?: (error: unknown) => void;
  /** Time between every schedule's runs instead of its rate (tests, demos). */
  scheduleIntervalMs?: number;
}

export interface LocalRuntime {
  /** Stops taking work, lets in-flight handlers finish (up to the timeout), and returns the rest to their queues. */
  stop(options?: { timeoutSeconds?: number }): Promise<void>;
}

/** EventBridge keeps undeliverable events in an SQS queue per target; locally they share this one. */
export const EVENT_DEAD_LETTER_QUEUE = 'events-dlq';

/**
 * Retries come faster than EventBridge's (which stretch to minutes): one machine has no thundering herd to
 * protect, and a creator waiting on a job after a restart should not wait minutes.
 */
const LOCAL_RETRY_BACKOFF = { baseDelayMs: 500, maxDelayMs: 5_000 };
const REGION = 'local';
const ACCOUNT = '000000000000';

function invoke(handler: LambdaHandler, functionName: string, timeoutSeconds: number) {
  return (event: unknown) =>
    handler(
      event as never,
      lambdaContext({ functionName, region: REGION, accountId: ACCOUNT, timeoutMs: timeoutSeconds * 1000 }),
    );
}

/**
 * Wires the services' manifests onto the local bus and command queue exactly as CDK wires them onto EventBridge
 * and SQS: one rule per event subscription (same pattern, same retry policy, reserved concurrency as the target's
 * bound, a dead-letter queue), one consumer per queue subscription and a timer per schedule, each invoking the
 * same Lambda handler.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { local, manifests } = options;
  const deadLetters = new SqliteCommandQueue(local.db, EVENT_DEAD_LETTER_QUEUE);
  const subscriptions = manifests.flatMap((manifest) => manifest.subscriptions);
  const queueSubscriptions = manifests.flatMap((manifest) => manifest.queues);
  const schedules = manifests.flatMap((manifest) => manifest.schedules);
  // Checked before anything starts, so a bad schedule leaves nothing running.
  const timed = schedules.map((schedule) => {
    const period = schedulePeriodMs(schedule);
    return { schedule, intervalMs: options.scheduleIntervalMs ?? period };
  });

  for (const subscription of subscriptions) {
    const handler = await subscription.handler.load();
    local.bus.registerRule({
      name: subscription.name,
      eventPattern: subscription.eventPattern,
      targets: [
        {
          id: 'handler',
          handler: async (event) => {
            await invoke(handler, subscription.name, subscription.handler.timeoutSeconds)(event);
          },
          retryPolicy: subscription.retryPolicy,
          backoff: LOCAL_RETRY_BACKOFF,
          maxConcurrency: subscription.maxConcurrency,
          deadLetterQueue: deadLetters,
        },
      ],
    });
  }
  local.bus.start();

  const consumers: QueueConsumer[] = [];
  for (const subscription of queueSubscriptions) {
    const handler = await subscription.handler.load();
    consumers.push(
      startQueueConsumer(local.commands, invokeBatch(handler), {
        batchSize: subscription.batchSize,
        concurrency: subscription.maxConcurrency,
        functionName: subscription.name,
        functionTimeoutSeconds: subscription.handler.timeoutSeconds,
        ...(options.onError ? { onError: options.onError } : {}),
      }),
    );
  }

  const timers: LocalSchedule[] = [];
  for (const { schedule, intervalMs } of timed) {
    const handler = await schedule.handler.load();
    timers.push(
      startLocalSchedule(schedule, handler, {
        region: REGION,
        accountId: ACCOUNT,
        intervalMs,
        // Unobserved, a failed run still reaches stderr rather than vanishing.
        onError: options.onError ?? ((error) => process.emitWarning(error)),
      }),
    );
  }

  return {
    async stop({ timeoutSeconds = 10 } = {}) {
      await Promise.all([
        ...timers.map((timer) => timer.stop({ timeoutMs: timeoutSeconds * 1000 })),
        ...consumers.map((consumer) => consumer.stop({ timeoutSeconds })),
      ]);
      await local.bus.stop({ timeoutMs: timeoutSeconds * 1000 });
    },
  };
}

function invokeBatch(handler: LambdaHandler) {
  return (event: unknown, context: Parameters<LambdaHandler>[1]) => handler(event as never, context);
}
