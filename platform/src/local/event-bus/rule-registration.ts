import { z } from 'zod';
import { compileEventPattern, InvalidEventPatternError } from '../../event-pattern/index.ts';
import type { CommandQueue } from '../../ports/command-queue.port.ts';
import type { BusEvent } from './bus-event.ts';
import { backoffSchema, retryPolicySchema } from './retry-policy.ts';

/** A target's code: resolves when the event is handled, rejects to have it retried. */
export type EventBusHandler = (event: BusEvent) => Promise<void>;

export interface TargetRegistration {
  /** Unique within the rule; deliveries are persisted under (rule name, target id). */
  id: string;
  handler: EventBusHandler;
  /** EventBridge's RetryPolicy: 0–185 retries (default 185), 60–86,400 s of event age (default 86,400). */
  retryPolicy?: { maximumRetryAttempts?: number; maximumEventAgeInSeconds?: number };
  /** Delay before retry n is between half and all of min(maxDelayMs, baseDelayMs × 2^(n−1)). */
  backoff?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Where undeliverable events go, as EventBridge's DeadLetterConfig (an SQS queue). Without it they are kept as dead. */
  deadLetterQueue?: CommandQueue;
  /** Most handler invocations at once across all processes, like a Lambda's reserved concurrency (default 10). */
  maxConcurrency?: number;
}

export interface RuleRegistration {
  /** 1–64 of `A-Z a-z 0-9 . - _`, as EventBridge. */
  name: string;
  /** An EventBridge event pattern, as an object or JSON text. */
  eventPattern: unknown;
  /** 1–5 targets, as EventBridge. */
  targets: TargetRegistration[];
}

/** A registration that failed validation; nothing was registered. */
export class InvalidRuleError extends Error {
  override name = 'InvalidRuleError';
}

export const resourceName = z.string().regex(/^[.\-_A-Za-z0-9]{1,64}$/, 'must be 1–64 of A-Z a-z 0-9 . - _');

const targetSchema = z.object({
  id: resourceName,
  handler: z.custom<EventBusHandler>((handler) => typeof handler === 'function', 'must be a function'),
  retryPolicy: retryPolicySchema.prefault({}),
  backoff: backoffSchema.prefault({}),
  deadLetterQueue: z
    .custom<CommandQueue>((queue) => typeof (queue as Partial<CommandQueue> | null)?.send === 'function', {
      message: 'must be a CommandQueue',
    })
    .optional(),
  maxConcurrency: z.int().min(1).default(10),
});

const ruleSchema = z.object({
  name: resourceName,
  eventPattern: z.unknown(),
  targets: z
    .array(targetSchema)
    .min(1)
    .max(5)
    .refine(
      (targets) => new Set(targets.map((target) => target.id)).size === targets.length,
      'target ids must be unique',
    ),
});

export type ResolvedTarget = z.output<typeof targetSchema>;

export interface ResolvedRule {
  name: string;
  /** The validated pattern as JSON text, as stored. */
  eventPattern: string;
  targets: ResolvedTarget[];
}

/** Validates a registration with EventBridge's limits and compiles its pattern; throws a precise error otherwise. */
export function resolveRule(registration: RuleRegistration): ResolvedRule {
  const parsed = ruleSchema.safeParse(registration);
  if (!parsed.success) throw new InvalidRuleError(`Invalid rule registration:\n${z.prettifyError(parsed.error)}`);
  const { name, eventPattern, targets } = parsed.data;
  try {
    compileEventPattern(eventPattern);
  } catch (error) {
    if (!(error instanceof InvalidEventPatternError)) throw error;
    throw new InvalidRuleError(`Rule ${name} has an invalid event pattern: ${error.message}`, { cause: error });
  }
  const text = typeof eventPattern === 'string' ? eventPattern : JSON.stringify(eventPattern);
  return { name, eventPattern: text, targets };
}
