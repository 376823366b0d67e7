import type { EventPattern } from '@contentflow/events';
import type { SqliteEventBus } from '@contentflow/platform';

/** What collecting needs of an event definition (`packageCompletedV1`, …): its pattern and its parser. */
interface CollectableEvent<Data> {
  pattern(): EventPattern;
  parse(detail: unknown): { data: Data };
}

/** The data of every `event` the local bus delivers from now on, in delivery order, under the rule `ruleName`. */
export function collectEvents<Data>(bus: SqliteEventBus, ruleName: string, event: CollectableEvent<Data>): Data[] {
  const collected: Data[] = [];
  bus.registerRule({
    name: ruleName,
    eventPattern: event.pattern(),
    targets: [
      {
        id: 'collect',
        handler: async (delivered) => {
          collected.push(event.parse((delivered as { detail: unknown }).detail).data);
        },
      },
    ],
  });
  return collected;
}
