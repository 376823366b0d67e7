import { setTimeout as sleep } from 'node:timers/promises';
import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
  type PutEventsResultEntry as SdkResultEntry,
} from '@aws-sdk/client-eventbridge';
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import {
  type EventBus,
  isPutEventsFailure,
  PUT_EVENTS_MAX_ENTRY_BYTES,
  type PutEventsEntry,
  type PutEventsFailure,
  type PutEventsResult,
  type PutEventsResultEntry,
} from '../../ports/event-bus.port.ts';
import { assertPutEventsEntryCount, checkPutEventsEntry } from '../../ports/put-events-entry.ts';

export interface EventBridgeEventBusOptions {
  client: EventBridgeClient;
  /** The bus name or ARN. */
  eventBusName: string;
  /** Tries per entry, the first included, before a retryable failure is reported (default 4). */
  maxAttempts?: number;
  /** Delay before retry n: random between 0 and min(maxDelayMs, baseDelayMs × 2^(n−1)). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** EventBridge's retryable entry codes; every other code (MalformedDetail, AccessDenied…) fails the same way again. */
const RETRYABLE_ERROR_CODES = new Set(['InternalFailure', 'ThrottlingException']);

interface Pending {
  index: number;
  entry: PutEventsRequestEntry;
  size: number;
}

/**
 * The event bus on EventBridge. Entries are checked as the local bus checks them; the rest go out in as few
 * PutEvents calls as EventBridge's 256 KiB request limit allows. Entries that fail with a retryable code, or whose
 * call was throttled or hit a server error, are sent again with exponential backoff and full jitter, and reported
 * as failures once the attempts run out.
 */
export class EventBridgeEventBus implements EventBus {
  readonly #client: EventBridgeClient;
  readonly #eventBusName: string;
  readonly #maxAttempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;

  constructor(options: EventBridgeEventBusOptions) {
    this.#client = options.client;
    this.#eventBusName = options.eventBusName;
    this.#maxAttempts = options.maxAttempts ?? 4;
    this.#baseDelayMs = options.baseDelayMs ?? 100;
    this.#maxDelayMs = options.maxDelayMs ?? 5_000;
  }

  async putEvents(entries: readonly PutEventsEntry[]): Promise<PutEventsResult> {
    assertPutEventsEntryCount(entries);
    const results: PutEventsResultEntry[] = [];
    let pending: Pending[] = [];
    entries.forEach((entry, index) => {
      const check = checkPutEventsEntry(entry);
      if ('failure' in check) {
        results[index] = check.failure;
        return;
      }
      const { source, detailType, detailJson, resources, time, size } = check.accepted;
      const request = { EventBusName: this.#eventBusName, Source: source, DetailType: detailType, Detail: detailJson };
      pending.push({ index, size, entry: { ...request, Resources: resources, ...(time && { Time: time }) } });
    });
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > 1) await sleep(this.#retryDelayMs(attempt - 1));
      const retry: Pending[] = [];
      for (const chunk of chunksWithinRequestLimit(pending)) {
        const outcomes = await this.#put(chunk);
        chunk.forEach((item, position) => {
          const outcome = outcomes[position]!;
          const retryable = isPutEventsFailure(outcome) && RETRYABLE_ERROR_CODES.has(outcome.errorCode);
          if (retryable && attempt < this.#maxAttempts) retry.push(item);
          else results[item.index] = outcome;
        });
      }
      pending = retry;
    }
    return { failedEntryCount: results.filter(isPutEventsFailure).length, entries: results };
  }

  /** One PutEvents call; a throttled or failed call counts as a retryable failure of each of its entries. */
  async #put(chunk: readonly Pending[]): Promise<PutEventsResultEntry[]> {
    try {
      const output = await this.#client.send(new PutEventsCommand({ Entries: chunk.map((item) => item.entry) }));
      return chunk.map((_, position) => fromSdk(output.Entries?.[position]));
    } catch (error) {
      const failure = retryableFailure(error);
      if (!failure) throw error;
      return chunk.map(() => failure);
    }
  }

  #retryDelayMs(retry: number): number {
    return Math.random() * Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (retry - 1));
  }
}

/** Groups entries in order into calls whose summed entry sizes stay within EventBridge's request limit. */
function chunksWithinRequestLimit(pending: readonly Pending[]): Pending[][] {
  const chunks: Pending[][] = [];
  let current: Pending[] = [];
  let size = 0;
  for (const item of pending) {
    if (current.length > 0 && size + item.size > PUT_EVENTS_MAX_ENTRY_BYTES) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function fromSdk(entry: SdkResultEntry | undefined): PutEventsResultEntry {
  if (entry?.EventId) return { eventId: entry.EventId };
  return {
    errorCode: entry?.ErrorCode ?? 'InternalFailure',
    errorMessage: entry?.ErrorMessage ?? 'EventBridge returned no result for this entry',
  };
}

/** The failure to record for a call that threw, when trying again may help; undefined when it will not. */
function retryableFailure(error: unknown): PutEventsFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  // The SDK's classifiers read optional fields ($metadata, $retryable, code) that any thrown Error may lack.
  const sdkError = error as Parameters<typeof isThrottlingError>[0];
  if (isThrottlingError(sdkError)) return { errorCode: 'ThrottlingException', errorMessage: error.message };
  if (isTransientError(sdkError) || isServerError(sdkError)) {
    return { errorCode: 'InternalFailure', errorMessage: error.message };
  }
  return undefined;
}
