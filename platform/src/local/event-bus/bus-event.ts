import type { EventBridgeEvent } from 'aws-lambda';
import type { AcceptedEntry } from '../../ports/put-events-entry.ts';

/** The event shape every target receives, as EventBridge delivers it. */
export type BusEvent = EventBridgeEvent<string, Record<string, unknown>>;

/** EventBridge stamps events with second precision and no fraction: `2026-11-02T10:00:00Z`. */
function eventTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

export function toBusEvent(
  entry: AcceptedEntry,
  envelope: { id: string; account: string; region: string; receivedAt: number },
): BusEvent {
  return {
    version: '0',
    id: envelope.id,
    'detail-type': entry.detailType,
    source: entry.source,
    account: envelope.account,
    time: eventTime(entry.time ?? new Date(envelope.receivedAt)),
    region: envelope.region,
    resources: entry.resources,
    detail: entry.detail,
  };
}
