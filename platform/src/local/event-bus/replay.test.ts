import { describe, expect, it, vi } from 'vitest';
import { putAll, recordingHandler, testEntry, useBusFixture } from './bus-test-support.ts';
import { InvalidReplayError } from './event-replay.ts';

const fixture = useBusFixture();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute));

describe('SqliteEventBus.replay', () => {
  it('re-delivers archived events of the time range that match the pattern, marked with the replay name', async () => {
    const bus = fixture.bus();
    const [live, other] = [recordingHandler(), recordingHandler()];
    bus.registerRule({
      name: 'jobs',
      eventPattern: { 'detail-type': ['Job.Requested'] },
      targets: [
        { id: 'tracker', handler: live.handler },
        { id: 'analytics', handler: other.handler },
      ],
    });
    // The fourth event is in range and big, but the rule does not match it.
    const [before, inRangeSmall, inRangeBig, , atEnd] = await putAll(bus, [
      testEntry(1, { detailType: 'Job.Requested', time: at(0), detail: { size: 50 } }),
      testEntry(2, { detailType: 'Job.Requested', time: at(1), detail: { size: 5 } }),
      testEntry(3, { detailType: 'Job.Requested', time: at(2), detail: { size: 50 } }),
      testEntry(4, { detailType: 'Job.Failed', time: at(2), detail: { size: 50 } }),
      testEntry(5, { detailType: 'Job.Requested', time: at(3), detail: { size: 50 } }),
    ]);
    bus.start();
    await vi.waitFor(() => expect(live.events).toHaveLength(4));
    live.events.length = 0;

    const status = bus.replay({
      name: 'big-jobs-again',
      from: at(1),
      to: at(3),
      pattern: { detail: { size: [{ numeric: ['>=', 10] }] } },
      destination: { rule: 'jobs', targetIds: ['tracker'] },
    });

    expect(status).toMatchObject({ name: 'big-jobs-again', ruleName: 'jobs', eventsReplayed: 1, deliveriesCreated: 1 });
    await vi.waitFor(() => expect(bus.describeReplay('big-jobs-again')?.state).toBe('COMPLETED'));
    expect(live.events).toEqual([expect.objectContaining({ id: inRangeBig, 'replay-name': 'big-jobs-again' })]);
    expect(other.events.map((event) => event.id).sort()).toEqual([before, inRangeSmall, inRangeBig, atEnd].sort());
    expect(other.events.every((event) => event['replay-name'] === undefined)).toBe(true);
  });

  it('reports a replay as running until its deliveries are done', async () => {
    const bus = fixture.bus();
    const target = recordingHandler();
    bus.registerRule({
      name: 'all',
      eventPattern: { source: ['contentflow.test'] },
      targets: [{ id: 't', handler: target.handler }],
    });
    await putAll(bus, [testEntry(1, { time: at(0) }), testEntry(2, { time: at(1) })]);

    expect(bus.replay({ name: 'r', from: at(0), to: at(5), destination: { rule: 'all' } })).toMatchObject({
      state: 'RUNNING',
      eventsReplayed: 2,
      deliveriesCreated: 2,
      pendingDeliveries: 2,
    });
    bus.start();
    await vi.waitFor(() => expect(bus.describeReplay('r')).toMatchObject({ state: 'COMPLETED', pendingDeliveries: 0 }));
    expect(target.events.filter((event) => event['replay-name'] === 'r')).toHaveLength(2);
  });

  it.each([
    ['an unknown rule', { destination: { rule: 'nope' } }, /no rule named nope/],
    ['an unknown target', { destination: { rule: 'all', targetIds: ['x'] } }, /has no target x/],
    ['an empty range', { from: at(5), to: at(5) }, /from must be before to/],
    ['a bad name', { name: 'no spaces' }, /name/],
  ])('rejects %s', (_, override, message) => {
    const bus = fixture.bus();
    bus.registerRule({
      name: 'all',
      eventPattern: { source: ['contentflow.test'] },
      targets: [{ id: 't', handler: async () => {} }],
    });
    const request = { name: 'r', from: at(0), to: at(10), destination: { rule: 'all' }, ...override };

    expect(() => bus.replay(request)).toThrow(InvalidReplayError);
    expect(() => bus.replay(request)).toThrow(message);
  });

  it('rejects a replay name already used', () => {
    const bus = fixture.bus();
    bus.registerRule({
      name: 'all',
      eventPattern: { source: ['contentflow.test'] },
      targets: [{ id: 't', handler: async () => {} }],
    });
    const request = { name: 'r', from: at(0), to: at(10), destination: { rule: 'all' } };
    bus.replay(request);

    expect(() => bus.replay(request)).toThrow(/Replay r already exists/);
  });
});
