import type { SeriesCadence } from '@contentflow/events';

const DAY_MS = 86_400_000;

/** Days between parts; twice a week alternates 3 and 4 days, so parts keep to the same two weekdays. */
const DAY_GAPS: Readonly<Record<Exclude<SeriesCadence, 'monthly'>, readonly number[]>> = {
  daily: [1],
  'every-other-day': [2],
  'twice-weekly': [3, 4],
  weekly: [7],
  biweekly: [14],
};

function parseDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day of the month `months` later, or that month's last day when it is shorter (31 Jan → 28 Feb). */
function addMonths(start: Date, months: number): Date {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
}

/** The day each of `parts` parts goes out, the first on `startDate` (`YYYY-MM-DD`), at the cadence. */
export function publishDates(startDate: string, cadence: SeriesCadence, parts: number): string[] {
  const start = parseDay(startDate);
  if (cadence === 'monthly') return Array.from({ length: parts }, (_, index) => formatDay(addMonths(start, index)));
  const gaps = DAY_GAPS[cadence];
  const dates = [startDate];
  let day = start.getTime();
  for (let index = 1; index < parts; index += 1) {
    day += gaps[(index - 1) % gaps.length]! * DAY_MS;
    dates.push(formatDay(new Date(day)));
  }
  return dates;
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}
