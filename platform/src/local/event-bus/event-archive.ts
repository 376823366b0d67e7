import type { DatabaseSync } from 'node:sqlite';
import type { BusEvent } from './bus-event.ts';

export interface ArchivedEvent {
  id: string;
  /** The archived event (JSON). */
  body: string;
}

export interface ReplayRecord {
  name: string;
  ruleName: string;
  eventStartTime: Date;
  eventEndTime: Date;
  eventsReplayed: number;
  deliveriesCreated: number;
  replayStartTime: Date;
}

/** Every accepted event, kept for replays, and the record of each replay. */
export class EventArchive {
  readonly #statements;

  constructor(db: DatabaseSync) {
    this.#statements = {
      insert: db.prepare('INSERT INTO bus_events (id, event_time, received_at, body) VALUES (?, ?, ?, ?)'),
      between: db.prepare(
        'SELECT id, body FROM bus_events WHERE event_time >= ? AND event_time < ? ORDER BY event_time, received_at',
      ),
      insertReplay: db.prepare(`INSERT INTO bus_replays (name, rule_name, event_start_time, event_end_time,
        events_replayed, deliveries_created, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      replay: db.prepare('SELECT * FROM bus_replays WHERE name = ?'),
    };
  }

  /** Call inside the transaction that creates the event's deliveries. Returns the archived body. */
  insert(event: BusEvent, receivedAt: number): string {
    const body = JSON.stringify(event);
    this.#statements.insert.run(event.id, Date.parse(event.time), receivedAt, body);
    return body;
  }

  /** Events whose own time is in [from, to), oldest first, read lazily. */
  *between(from: Date, to: Date): Generator<ArchivedEvent> {
    for (const row of this.#statements.between.iterate(from.getTime(), to.getTime())) {
      yield { id: String(row['id']), body: String(row['body']) };
    }
  }

  insertReplay(replay: ReplayRecord): void {
    this.#statements.insertReplay.run(
      replay.name,
      replay.ruleName,
      replay.eventStartTime.getTime(),
      replay.eventEndTime.getTime(),
      replay.eventsReplayed,
      replay.deliveriesCreated,
      replay.replayStartTime.getTime(),
    );
  }

  replay(name: string): ReplayRecord | undefined {
    const row = this.#statements.replay.get(name);
    if (!row) return undefined;
    return {
      name: String(row['name']),
      ruleName: String(row['rule_name']),
      eventStartTime: new Date(Number(row['event_start_time'])),
      eventEndTime: new Date(Number(row['event_end_time'])),
      eventsReplayed: Number(row['events_replayed']),
      deliveriesCreated: Number(row['deliveries_created']),
      replayStartTime: new Date(Number(row['started_at'])),
    };
  }
}
