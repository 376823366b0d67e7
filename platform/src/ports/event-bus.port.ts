/**
 * The event bus port: what producers need from EventBridge's PutEvents, with its semantics
 * (at most 10 entries a call, one result per entry in request order, partial failure reported per entry).
 * Local adapter: SqliteEventBus. AWS adapter: EventBridgeEventBus.
 * Rules, targets, archives and replays are infrastructure on AWS, so they are not part of the port;
 * the local adapter offers them on its own class.
 */

export interface PutEventsEntry {
  /** `contentflow.<service>`; sources starting with `aws.` are reserved, as on EventBridge. */
  source: string;
  /** `<Entity>.<PastTense>`, at most 128 characters. */
  detailType: string;
  /** A JSON object, or its JSON text. */
  detail: Record<string, unknown> | string;
  resources?: string[];
  /** Defaults to the time of the call; events carry it with second precision. */
  time?: Date;
}

export interface PutEventsSuccess {
  eventId: string;
}

export interface PutEventsFailure {
  /** EventBridge's codes: `InternalFailure` and `ThrottlingException` are worth retrying, the others are not. */
  errorCode: string;
  errorMessage: string;
}

export type PutEventsResultEntry = PutEventsSuccess | PutEventsFailure;

export interface PutEventsResult {
  failedEntryCount: number;
  /** One per request entry, in request order. */
  entries: PutEventsResultEntry[];
}

export interface EventBus {
  /**
   * Publishes 1–10 events. A bad entry (missing field, malformed detail, over 256 KiB) fails alone and is
   * reported in its result entry; only a bad request (no entries, more than 10) throws PutEventsValidationError.
   */
  putEvents(entries: readonly PutEventsEntry[]): Promise<PutEventsResult>;
}

export const PUT_EVENTS_MAX_ENTRIES = 10;

/** EventBridge's limit for one entry (UTF-8 bytes of its texts, plus 14 when it has a time). */
export const PUT_EVENTS_MAX_ENTRY_BYTES = 256 * 1024;

/** The request as a whole is invalid (EventBridge's ValidationException); no entry was published. */
export class PutEventsValidationError extends Error {
  override name = 'PutEventsValidationError';
}

export function isPutEventsFailure(entry: PutEventsResultEntry): entry is PutEventsFailure {
  return 'errorCode' in entry;
}
