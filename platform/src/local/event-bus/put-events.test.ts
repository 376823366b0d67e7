import { describe, expect, it, vi } from 'vitest';
import { PutEventsValidationError } from '../../ports/event-bus.port.ts';
import { putAll, recordingHandler, testEntry, useBusFixture } from './bus-test-support.ts';
import { InvalidRuleError } from './rule-registration.ts';

const fixture = useBusFixture();
const anyTestEvent = { source: ['contentflow.test'] };

describe('SqliteEventBus.putEvents', () => {
  it('accepts the valid entries and fails each bad one alone, with EventBridge error codes', async () => {
    const bus = fixture.bus();
    const target = recordingHandler();
    bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });

    const result = await bus.putEvents([
      testEntry(1),
      testEntry(2, { source: '' }),
      testEntry(3, { detail: '{"n": 3' }),
      testEntry(4, { detail: '[4]' }),
      testEntry(5, { detail: { n: 5, padding: 'x'.repeat(256 * 1024) } }),
      testEntry(6, { source: 'aws.s3' }),
      testEntry(7, { detail: '{"n": 7}' }),
    ]);

    expect(result.failedEntryCount).toBe(5);
    expect(result.entries.map((entry) => ('eventId' in entry ? 'ok' : entry.errorCode))).toEqual([
      'ok',
      'InvalidArgument',
      'MalformedDetail',
      'MalformedDetail',
      'InvalidArgument',
      'NotAuthorizedForSourceException',
      'ok',
    ]);
    expect(bus.pendingDeliveryCounts()).toEqual([{ ruleName: 'all', targetId: 't', pending: 2, inFlight: 0 }]);
  });

  it('throws for a request of no or more than 10 entries and stores nothing', async () => {
    const bus = fixture.bus();
    bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: async () => {} }] });

    await expect(bus.putEvents([])).rejects.toBeInstanceOf(PutEventsValidationError);
    const eleven = Array.from({ length: 11 }, (_, n) => testEntry(n));
    await expect(bus.putEvents(eleven)).rejects.toThrow(/1 to 10 entries; got 11/);
    expect(bus.pendingDeliveryCounts()).toEqual([]);
  });

  it('delivers the event in EventBridge shape, with a second-precision time', async () => {
    const bus = fixture.bus({ account: '123456789012', region: 'eu-west-1' });
    const target = recordingHandler();
    bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    bus.start();

    const [given, stamped] = await putAll(bus, [
      testEntry(1, { detail: '{"n":1}', resources: ['arn:aws:s3:::b/k'], time: new Date('2026-11-02T10:00:00.750Z') }),
      testEntry(2),
    ]);

    await vi.waitFor(() => expect(target.events).toHaveLength(2));
    const byId = new Map(target.events.map((event) => [event.id, event]));
    expect(byId.get(given!)).toEqual({
      version: '0',
      id: given,
      'detail-type': 'Thing.Happened',
      source: 'contentflow.test',
      account: '123456789012',
      time: '2026-11-02T10:00:00Z',
      region: 'eu-west-1',
      resources: ['arn:aws:s3:::b/k'],
      detail: { n: 1 },
    });
    expect(byId.get(stamped!)?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('routes by pattern: an event reaches every target of every matching rule and no other', async () => {
    const bus = fixture.bus();
    const [a1, a2, b1, c1] = [recordingHandler(), recordingHandler(), recordingHandler(), recordingHandler()];
    bus.registerRule({
      name: 'from-text',
      eventPattern: { source: ['contentflow.text'] },
      targets: [
        { id: 'a1', handler: a1.handler },
        { id: 'a2', handler: a2.handler },
      ],
    });
    bus.registerRule({
      name: 'big-jobs',
      eventPattern: { 'detail-type': ['Job.Requested'], detail: { size: [{ numeric: ['>', 10] }] } },
      targets: [{ id: 'b1', handler: b1.handler }],
    });
    bus.registerRule({
      name: 'from-image',
      eventPattern: { source: ['contentflow.image'] },
      targets: [{ id: 'c1', handler: c1.handler }],
    });
    bus.start();

    const [bigText, smallText, image] = await putAll(bus, [
      testEntry(1, { source: 'contentflow.text', detailType: 'Job.Requested', detail: { size: 50 } }),
      testEntry(2, { source: 'contentflow.text', detailType: 'Job.Requested', detail: { size: 5 } }),
      testEntry(3, { source: 'contentflow.image', detailType: 'Job.Requested', detail: { size: 1 } }),
    ]);

    await vi.waitFor(() => expect(bus.pendingDeliveryCounts()).toEqual([]));
    const ids = (target: ReturnType<typeof recordingHandler>) => target.events.map((event) => event.id).sort();
    expect(ids(a1)).toEqual([bigText, smallText].sort());
    expect(ids(a2)).toEqual([bigText, smallText].sort());
    expect(ids(b1)).toEqual([bigText]);
    expect(ids(c1)).toEqual([image]);
  });

  it('fans out from a process that registered no rules to the targets another process consumes', async () => {
    const consumer = fixture.bus();
    const target = recordingHandler();
    consumer.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    consumer.start();
    const publisher = fixture.bus();

    const [id] = await putAll(publisher, [testEntry(1)]);

    await vi.waitFor(() => expect(target.events.map((event) => event.id)).toEqual([id]));
  });
});

describe('SqliteEventBus.registerRule', () => {
  it('rejects an invalid event pattern, naming the rule and the reason, and registers nothing', async () => {
    const bus = fixture.bus();

    expect(() =>
      bus.registerRule({
        name: 'broken',
        eventPattern: { source: 'not-an-array' },
        targets: [{ id: 't', handler: async () => {} }],
      }),
    ).toThrow(/Rule broken has an invalid event pattern: .*source/);
    await putAll(bus, [testEntry(1, { source: 'not-an-array' })]);
    expect(bus.pendingDeliveryCounts()).toEqual([]);
  });

  it('deletes a rule for every process, with its pending deliveries', async () => {
    const bus = fixture.bus();
    bus.registerRule({ name: 'gone', eventPattern: anyTestEvent, targets: [{ id: 't', handler: async () => {} }] });
    bus.registerRule({ name: 'kept', eventPattern: anyTestEvent, targets: [{ id: 't', handler: async () => {} }] });
    await putAll(bus, [testEntry(1)]);

    fixture.bus().deleteRule('gone');
    await putAll(bus, [testEntry(2)]);

    expect(bus.pendingDeliveryCounts()).toEqual([{ ruleName: 'kept', targetId: 't', pending: 2, inFlight: 0 }]);
  });

  it.each([
    ['a bad rule name', { name: 'has space' }],
    ['no targets', { targets: [] }],
    [
      'duplicate target ids',
      {
        targets: [
          { id: 't', handler: async () => {} },
          { id: 't', handler: async () => {} },
        ],
      },
    ],
    [
      'a retry count over 185',
      { targets: [{ id: 't', handler: async () => {}, retryPolicy: { maximumRetryAttempts: 186 } }] },
    ],
    [
      'an event age under 60 s',
      { targets: [{ id: 't', handler: async () => {}, retryPolicy: { maximumEventAgeInSeconds: 5 } }] },
    ],
    ['a concurrency of 0', { targets: [{ id: 't', handler: async () => {}, maxConcurrency: 0 }] }],
  ])('rejects %s', (_, override) => {
    const bus = fixture.bus();
    const rule = {
      name: 'rule',
      eventPattern: anyTestEvent,
      targets: [{ id: 't', handler: async () => {} }],
      ...override,
    };

    expect(() => bus.registerRule(rule)).toThrow(InvalidRuleError);
  });
});
