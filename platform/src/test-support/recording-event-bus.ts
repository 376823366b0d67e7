import type { EventBus, PutEventsEntry, PutEventsResult } from '../ports/event-bus.port.ts';

/** An event bus that keeps every entry put on it, in order, and passes each call on to `bus`. */
export class RecordingEventBus implements EventBus {
  readonly published: PutEventsEntry[] = [];
  readonly #bus: EventBus;

  constructor(bus: EventBus) {
    this.#bus = bus;
  }

  putEvents(entries: readonly PutEventsEntry[]): Promise<PutEventsResult> {
    this.published.push(...entries);
    return this.#bus.putEvents(entries);
  }
}
