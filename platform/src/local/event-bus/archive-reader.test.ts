import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventArchiveReader, NoEventArchiveError } from './archive-reader.ts';
import { putAll, testEntry, useBusFixture } from './bus-test-support.ts';

const fixture = useBusFixture();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute));

function openReader(): EventArchiveReader {
  return EventArchiveReader.open(fixture.file());
}

describe('EventArchiveReader', () => {
  it('lists archived events in the order the bus accepted them, resuming after a sequence', async () => {
    const bus = fixture.bus();
    // Accepted in this order, though their own times run backwards.
    const ids = await putAll(bus, [
      testEntry(1, { time: at(3) }),
      testEntry(2, { time: at(2) }),
      testEntry(3, { time: at(1) }),
    ]);
    const reader = openReader();
    try {
      const firstTwo = reader.listArchivedEvents({ limit: 2 });
      expect(firstTwo.map((entry) => entry.id)).toEqual(ids.slice(0, 2));
      expect(JSON.parse(firstTwo[0]!.body)).toMatchObject({
        id: ids[0],
        detail: { n: 1 },
        time: '2026-11-02T10:03:00Z',
      });

      const rest = reader.listArchivedEvents({ after: firstTwo[1]!.sequence, limit: 10 });
      expect(rest.map((entry) => entry.id)).toEqual([ids[2]]);
      expect(reader.listArchivedEvents({ after: rest[0]!.sequence, limit: 10 })).toEqual([]);
    } finally {
      reader.close();
    }
  });

  it('sees events another connection archives after it opened the file', async () => {
    const bus = fixture.bus();
    await putAll(bus, [testEntry(1)]);
    const reader = openReader();
    try {
      const [first] = reader.listArchivedEvents({ limit: 10 });
      const [later] = await putAll(bus, [testEntry(2)]);
      expect(reader.listArchivedEvents({ after: first!.sequence, limit: 10 }).map((entry) => entry.id)).toEqual([
        later,
      ]);
    } finally {
      reader.close();
    }
  });

  it("filters on the event's own time with since", async () => {
    const bus = fixture.bus();
    const [, atTwo, atThree] = await putAll(bus, [
      testEntry(1, { time: at(1) }),
      testEntry(2, { time: at(2) }),
      testEntry(3, { time: at(3) }),
    ]);
    const reader = openReader();
    try {
      expect(reader.listArchivedEvents({ since: at(2), limit: 10 }).map((entry) => entry.id)).toEqual([atTwo, atThree]);
    } finally {
      reader.close();
    }
  });

  it('gives the latest sequence, after which only events archived later are listed', async () => {
    const bus = fixture.bus();
    await putAll(bus, [testEntry(1), testEntry(2)]);
    const reader = openReader();
    try {
      const latest = reader.latestSequence();
      expect(latest).toBe(reader.listArchivedEvents({ limit: 10 }).at(-1)?.sequence);
      const [newer] = await putAll(bus, [testEntry(3)]);
      expect(reader.listArchivedEvents({ after: latest, limit: 10 }).map((entry) => entry.id)).toEqual([newer]);
    } finally {
      reader.close();
    }
  });

  it('reads nothing from a database the bus has not created its tables in yet, and its events once it has', async () => {
    fixture.open();
    const reader = openReader();
    try {
      expect(reader.listArchivedEvents({ limit: 10 })).toEqual([]);
      expect(reader.latestSequence()).toBe(0);
      const ids = await putAll(fixture.bus(), [testEntry(1)]);
      expect(reader.listArchivedEvents({ limit: 10 }).map((entry) => entry.id)).toEqual(ids);
    } finally {
      reader.close();
    }
  });

  it('names the missing file, and creates nothing, when there is no database', () => {
    const file = join(fixture.dir(), 'missing', 'contentflow.db');
    expect(() => EventArchiveReader.open(file)).toThrow(new NoEventArchiveError(file));
    expect(() => EventArchiveReader.open(file)).toThrow(`no local event archive at ${file}`);
    expect(existsSync(dirname(file))).toBe(false);
  });
});
