import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import { lambdaContext } from '../lambda/lambda-context.ts';
import type { LambdaHandler, ScheduledSubscription } from '../manifest/service-manifest.ts';

export interface LocalScheduleOptions {
  region: string;
  accountId: string;
  /** Time between runs; the schedule's rate unless a test or demo shortens it. */
  intervalMs: number;
  /** A run that threw; the schedule goes on, and its next run is the retry. */
  onError: (error: ScheduledRunError) => void;
}

export interface LocalSchedule {
  /** No more runs; waits up to `timeoutMs` for the one in flight. */
  stop(options: { timeoutMs: number }): Promise<void>;
}

/** A scheduled run of a handler threw (`cause` holds what it threw). */
export class ScheduledRunError extends Error {
  override name = 'ScheduledRunError';
  readonly schedule: string;

  constructor(schedule: string, cause: unknown) {
    super(`the scheduled run of ${schedule} failed`, { cause });
    this.schedule = schedule;
  }
}

/** What EventBridge hands a schedule rule's target: time to the second, the rule's ARN as the resource. */
export function scheduledEvent(ruleName: string, region: string, accountId: string, at: Date): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: accountId,
    time: `${at.toISOString().slice(0, 19)}Z`,
    region,
    resources: [`arn:aws:events:${region}:${accountId}:rule/${ruleName}`],
    detail: {},
  };
}

/**
 * Runs a schedule's handler now and then every `intervalMs`, as EventBridge invokes its target. A tick that finds
 * the last run still going is skipped, as reserved concurrency 1 keeps AWS runs apart. The first run is at start:
 * while this process was down, AWS's schedule would have kept running, so what piled up is handled at once.
 */
export function startLocalSchedule(
  schedule: ScheduledSubscription,
  handler: LambdaHandler,
  options: LocalScheduleOptions,
): LocalSchedule {
  const { region, accountId } = options;
  let running: Promise<void> | undefined;
  let stopped = false;

  const run = async () => {
    const context = lambdaContext({
      functionName: schedule.name,
      region,
      accountId,
      timeoutMs: schedule.handler.timeoutSeconds * 1000,
    });
    try {
      await handler(scheduledEvent(schedule.name, region, accountId, new Date()) as never, context);
    } catch (error) {
      options.onError(new ScheduledRunError(schedule.name, error));
    }
  };
  const tick = () => {
    if (stopped || running) return;
    running = run().finally(() => {
      running = undefined;
    });
  };
  const timer = setInterval(tick, options.intervalMs);
  // A schedule alone never keeps the process alive; the runtime's owner decides when it ends.
  timer.unref();
  tick();

  return {
    async stop({ timeoutMs }) {
      stopped = true;
      clearInterval(timer);
      if (!running) return;
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([running, new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timeout);
    },
  };
}
