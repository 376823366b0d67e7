import {
  type EventBus,
  isPutEventsFailure,
  PUT_EVENTS_MAX_ENTRIES,
  type PutEventsEntry,
} from '../ports/event-bus.port.ts';

export class EventPublishError extends Error {
  override name = 'EventPublishError';
}

/**
 * Publishes entries in PutEvents-sized chunks and throws when any entry failed, so a caller never believes an
 * event went out that did not. (The AWS adapter has already retried retryable failures by then.)
 */
export async function publishEvents(bus: EventBus, entries: readonly PutEventsEntry[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < entries.length; start += PUT_EVENTS_MAX_ENTRIES) {
    const chunk = entries.slice(start, start + PUT_EVENTS_MAX_ENTRIES);
    const result = await bus.putEvents(chunk);
    for (const [index, entry] of result.entries.entries()) {
      if (isPutEventsFailure(entry)) {
        throw new EventPublishError(
          `${chunk[index]?.detailType ?? 'event'} was not published: ${entry.errorCode} ${entry.errorMessage}`,
        );
      }
      ids.push(entry.eventId);
    }
  }
  return ids;
}
