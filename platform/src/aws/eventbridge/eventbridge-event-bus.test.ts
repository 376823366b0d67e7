import {
  AccessDeniedException,
  EventBridgeClient,
  InternalException,
  PutEventsCommand,
  type PutEventsRequestEntry,
  ThrottlingException,
} from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { type PutEventsEntry, PutEventsValidationError } from '../../ports/event-bus.port.ts';
import { EventBridgeEventBus } from './eventbridge-event-bus.ts';

const eventBridge = mockClient(EventBridgeClient);
afterEach(() => eventBridge.reset());

function bus(maxAttempts = 3): EventBridgeEventBus {
  return new EventBridgeEventBus({
    client: new EventBridgeClient({}),
    eventBusName: 'contentflow',
    maxAttempts,
    baseDelayMs: 1,
  });
}

function entry(n: number, detail: PutEventsEntry['detail'] = { n }): PutEventsEntry {
  return { source: 'contentflow.test', detailType: 'Thing.Happened', detail };
}

/** The entries of each PutEvents call, in call order. */
function sentEntries(): PutEventsRequestEntry[][] {
  return eventBridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries ?? []);
}

function detailsOf(entries: PutEventsRequestEntry[]): unknown[] {
  return entries.map((sent) => JSON.parse(sent.Detail ?? 'null'));
}

describe('EventBridgeEventBus', () => {
  it('sends the entries with the bus name and returns the event ids in request order', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }, { EventId: 'e2' }] });
    const time = new Date('2026-11-02T10:00:00Z');

    const result = await bus().putEvents([{ ...entry(1), resources: ['arn:r'], time }, entry(2, '{"n":2}')]);

    expect(result).toEqual({ failedEntryCount: 0, entries: [{ eventId: 'e1' }, { eventId: 'e2' }] });
    expect(sentEntries()).toEqual([
      [
        {
          EventBusName: 'contentflow',
          Source: 'contentflow.test',
          DetailType: 'Thing.Happened',
          Detail: '{"n":1}',
          Resources: ['arn:r'],
          Time: time,
        },
        {
          EventBusName: 'contentflow',
          Source: 'contentflow.test',
          DetailType: 'Thing.Happened',
          Detail: '{"n":2}',
          Resources: [],
        },
      ],
    ]);
  });

  it('re-sends only the entries that failed with a retryable code, then reports every entry', async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 1,
        Entries: [{ EventId: 'e1' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }, { EventId: 'e3' }],
      })
      .resolvesOnce({ FailedEntryCount: 0, Entries: [{ EventId: 'e2' }] });

    const result = await bus().putEvents([entry(1), entry(2), entry(3)]);

    expect(result).toEqual({ failedEntryCount: 0, entries: [{ eventId: 'e1' }, { eventId: 'e2' }, { eventId: 'e3' }] });
    expect(sentEntries().map(detailsOf)).toEqual([[{ n: 1 }, { n: 2 }, { n: 3 }], [{ n: 2 }]]);
  });

  it('reports a non-retryable entry failure at once and a retryable one after the last attempt', async () => {
    eventBridge.on(PutEventsCommand).callsFake(({ Entries = [] }: { Entries?: PutEventsRequestEntry[] }) => ({
      FailedEntryCount: Entries.length,
      Entries: Entries.map((sent) =>
        sent.Detail === '{"n":1}'
          ? { ErrorCode: 'NotAuthorizedForDetailTypeException', ErrorMessage: 'denied' }
          : { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' },
      ),
    }));

    const result = await bus(3).putEvents([entry(1), entry(2)]);

    expect(result).toEqual({
      failedEntryCount: 2,
      entries: [
        { errorCode: 'NotAuthorizedForDetailTypeException', errorMessage: 'denied' },
        { errorCode: 'ThrottlingException', errorMessage: 'slow down' },
      ],
    });
    expect(sentEntries().map(detailsOf)).toEqual([[{ n: 1 }, { n: 2 }], [{ n: 2 }], [{ n: 2 }]]);
  });

  it('retries a throttled call and reports its entries as throttled when throttling persists', async () => {
    eventBridge
      .on(PutEventsCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .resolvesOnce({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] })
      .rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

    await expect(bus().putEvents([entry(1)])).resolves.toEqual({ failedEntryCount: 0, entries: [{ eventId: 'e1' }] });
    await expect(bus(2).putEvents([entry(2)])).resolves.toEqual({
      failedEntryCount: 1,
      entries: [{ errorCode: 'ThrottlingException', errorMessage: 'Rate exceeded' }],
    });
    expect(sentEntries()).toHaveLength(4);
  });

  it('retries a call that failed on the server or the network', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    eventBridge
      .on(PutEventsCommand)
      .rejectsOnce(new InternalException({ message: 'oops', $metadata: { httpStatusCode: 500 } }))
      .rejectsOnce(reset)
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });

    await expect(bus(3).putEvents([entry(1)])).resolves.toEqual({ failedEntryCount: 0, entries: [{ eventId: 'e1' }] });
    expect(sentEntries()).toHaveLength(3);
  });

  it('rethrows a call failure that retrying cannot fix', async () => {
    eventBridge.on(PutEventsCommand).rejects(new AccessDeniedException({ message: 'no', $metadata: {} }));

    await expect(bus().putEvents([entry(1)])).rejects.toBeInstanceOf(AccessDeniedException);
    expect(sentEntries()).toHaveLength(1);
  });

  it('splits entries into calls that stay within the 256 KiB request limit', async () => {
    eventBridge.on(PutEventsCommand).callsFake(({ Entries = [] }: { Entries?: PutEventsRequestEntry[] }) => ({
      FailedEntryCount: 0,
      Entries: Entries.map((sent) => ({ EventId: `id-${JSON.parse(sent.Detail ?? '{}').n}` })),
    }));
    const padding = 'x'.repeat(100 * 1024);

    const result = await bus().putEvents([1, 2, 3, 4, 5].map((n) => entry(n, { n, padding })));

    expect(result.entries).toEqual([1, 2, 3, 4, 5].map((n) => ({ eventId: `id-${n}` })));
    expect(sentEntries().map((call) => detailsOf(call).map((detail) => (detail as { n: number }).n))).toEqual([
      [1, 2],
      [3, 4],
      [5],
    ]);
  });

  it('fails bad entries alone, as the local bus does, and throws for more than 10 entries without calling AWS', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e2' }] });

    const result = await bus().putEvents([entry(1, '{not json'), entry(2), { ...entry(3), source: '' }]);

    expect(result.failedEntryCount).toBe(2);
    expect(result.entries[0]).toMatchObject({ errorCode: 'MalformedDetail' });
    expect(result.entries[1]).toEqual({ eventId: 'e2' });
    expect(result.entries[2]).toMatchObject({ errorCode: 'InvalidArgument' });
    expect(sentEntries().map(detailsOf)).toEqual([[{ n: 2 }]]);

    eventBridge.resetHistory();
    const eleven = Array.from({ length: 11 }, (_, n) => entry(n));
    await expect(bus().putEvents(eleven)).rejects.toBeInstanceOf(PutEventsValidationError);
    expect(sentEntries()).toHaveLength(0);
  });
});
