import { z } from 'zod';
import {
  PUT_EVENTS_MAX_ENTRIES,
  PUT_EVENTS_MAX_ENTRY_BYTES,
  type PutEventsFailure,
  PutEventsValidationError,
} from './event-bus.port.ts';

/**
 * The PutEvents checks every event bus adapter applies before publishing, so a caller sees the same per-entry
 * failures locally and on AWS (where EventBridge would otherwise fail a whole request of bad entries).
 */

/** An entry that passed EventBridge's checks. */
export interface AcceptedEntry {
  source: string;
  detailType: string;
  /** The detail as given (JSON text), and as the object targets receive. */
  detailJson: string;
  detail: Record<string, unknown>;
  resources: string[];
  time: Date | undefined;
  /** Bytes counted against the 256 KiB limit. */
  size: number;
}

export type EntryCheck = { accepted: AcceptedEntry } | { failure: PutEventsFailure };

const entrySchema = z.object({
  source: z.string().min(1),
  detailType: z.string().min(1).max(128),
  detail: z.unknown().refine((detail) => detail !== undefined && detail !== null, 'Detail is required'),
  resources: z.array(z.string()).optional(),
  time: z.date().optional(),
});

/** Throws PutEventsValidationError unless `entries` is an array of 1–10 items. */
export function assertPutEventsEntryCount(entries: unknown): asserts entries is readonly unknown[] {
  if (!Array.isArray(entries) || entries.length < 1 || entries.length > PUT_EVENTS_MAX_ENTRIES) {
    const count = Array.isArray(entries) ? entries.length : 'no array';
    throw new PutEventsValidationError(`PutEvents takes 1 to ${PUT_EVENTS_MAX_ENTRIES} entries; got ${count}`);
  }
}

/** EventBridge's per-entry checks: a bad entry fails alone, with EventBridge's error code. */
export function checkPutEventsEntry(entry: unknown): EntryCheck {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success)
    return { failure: { errorCode: 'InvalidArgument', errorMessage: z.prettifyError(parsed.error) } };
  const { source, detailType, resources = [], time } = parsed.data;
  if (source.startsWith('aws.')) {
    return {
      failure: { errorCode: 'NotAuthorizedForSourceException', errorMessage: `Source ${source} is reserved for AWS` },
    };
  }
  const detail = parseDetail(parsed.data.detail);
  if ('failure' in detail) return detail;
  const size = putEventsEntrySize({ source, detailType, detailJson: detail.json, resources, time });
  if (size > PUT_EVENTS_MAX_ENTRY_BYTES) {
    const errorMessage = `Entry is ${size} bytes; the limit is ${PUT_EVENTS_MAX_ENTRY_BYTES}`;
    return { failure: { errorCode: 'InvalidArgument', errorMessage } };
  }
  return { accepted: { source, detailType, detailJson: detail.json, detail: detail.value, resources, time, size } };
}

/**
 * An entry's size as EventBridge counts it: UTF-8 bytes of source, detail type, detail text and each resource,
 * plus 14 bytes when a time is given.
 */
export function putEventsEntrySize(entry: Omit<AcceptedEntry, 'detail' | 'size'>): number {
  const texts = [entry.source, entry.detailType, entry.detailJson, ...entry.resources];
  return (entry.time ? 14 : 0) + texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
}

function parseDetail(
  detail: unknown,
): { json: string; value: Record<string, unknown> } | { failure: PutEventsFailure } {
  const malformed = (reason: string) => ({ failure: { errorCode: 'MalformedDetail', errorMessage: reason } });
  let json: string;
  let value: unknown;
  try {
    json = typeof detail === 'string' ? detail : JSON.stringify(detail);
    // Round-tripped so targets see exactly the JSON EventBridge would deliver, not the caller's object.
    value = JSON.parse(json);
  } catch (error) {
    return malformed(`Detail is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return malformed('Detail must be a JSON object');
  }
  return { json, value: value as Record<string, unknown> };
}
