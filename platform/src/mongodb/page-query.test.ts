import fc from 'fast-check';
import { find } from 'mingo';
import { describe, expect, it } from 'vitest';
import { afterPosition, NEWEST_FIRST } from './page-query.ts';

// Evaluated by mingo (MongoDB's query language in memory): the filter and sort the MongoDB adapters page with.

interface Row {
  _id: string;
  createdAt: Date;
}

function pageThrough(rows: Row[], limit: number): string[] {
  const seen: string[] = [];
  let after: Row | undefined;
  for (;;) {
    const filter =
      after === undefined ? {} : afterPosition({ createdAt: after.createdAt.toISOString(), id: after._id });
    const page = find<Row>(rows, filter)
      .sort(NEWEST_FIRST as Record<string, 1 | -1>)
      .limit(limit)
      .all();
    seen.push(...page.map((row) => row._id));
    if (page.length < limit) return seen;
    after = page.at(-1);
  }
}

describe('MongoDB page query', () => {
  it('visits every document exactly once, newest first, whatever the ties in createdAt', () => {
    const rows = fc.uniqueArray(
      fc.record({
        _id: fc.stringMatching(/^[0-9a-f]{1,8}$/),
        // Few distinct instants, so many documents share one and the _id tie-break decides.
        createdAt: fc.integer({ min: 0, max: 5 }).map((minute) => new Date(Date.UTC(2026, 2, 1, 9, minute))),
      }),
      { selector: (row) => row._id, maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 7 }), (documents, limit) => {
        const expected = [...documents]
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a._id < b._id ? 1 : -1))
          .map((row) => row._id);
        expect(pageThrough(documents, limit)).toEqual(expected);
      }),
    );
  });
});
