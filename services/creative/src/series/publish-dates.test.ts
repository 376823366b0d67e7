import { expect, test } from 'vitest';
import { daysBetween, publishDates } from './publish-dates.ts';

test.each([
  ['daily', ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']],
  ['every-other-day', ['2026-02-27', '2026-03-01', '2026-03-03', '2026-03-05']],
  // Friday, then Monday, Friday, Monday: the same two weekdays every week.
  ['twice-weekly', ['2026-02-27', '2026-03-02', '2026-03-06', '2026-03-09']],
  ['weekly', ['2026-02-27', '2026-03-06', '2026-03-13', '2026-03-20']],
  ['biweekly', ['2026-02-27', '2026-03-13', '2026-03-27', '2026-04-10']],
] as const)('%s', (cadence, dates) => {
  expect(publishDates('2026-02-27', cadence, 4)).toEqual(dates);
});

test('monthly keeps the day of the month, or the month’s last day when it is shorter', () => {
  expect(publishDates('2026-01-31', 'monthly', 5)).toEqual([
    '2026-01-31',
    '2026-02-28',
    '2026-03-31',
    '2026-04-30',
    '2026-05-31',
  ]);
  expect(publishDates('2027-12-15', 'monthly', 3)).toEqual(['2027-12-15', '2028-01-15', '2028-02-15']);
});

test('days between two dates, across a leap day', () => {
  expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
});
