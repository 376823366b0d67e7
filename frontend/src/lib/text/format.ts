/**
 * Numbers, sizes, durations and times as people read them. The locale is fixed to English because every other
 * word on the site is English; a number in another locale's format next to English text reads as a mistake.
 */
const LOCALE = 'en-US';

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString(LOCALE, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB" (powers of 1024, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)} ${BYTE_UNITS[unit]}`;
}

/** 0.42 → "0.4 s", 65 → "1 min 5 s", 3720 → "1 h 2 min". */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 10) return `${formatNumber(Math.max(0, totalSeconds), 1)} s`;
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  const rest = seconds % 60;
  return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
}

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const RELATIVE_STEPS: ReadonlyArray<{ unit: Intl.RelativeTimeFormatUnit; seconds: number }> = [
  { unit: 'year', seconds: 365 * 24 * 3600 },
  { unit: 'month', seconds: 30 * 24 * 3600 },
  { unit: 'day', seconds: 24 * 3600 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
];

/** "just now", "5 minutes ago", "yesterday" for an ISO time relative to `now`. */
export function formatRelativeTime(iso: string, now: Date): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  if (Math.abs(seconds) < 45) return 'just now';
  const step = RELATIVE_STEPS.find((candidate) => Math.abs(seconds) >= candidate.seconds) ?? {
    unit: 'minute',
    seconds: 60,
  };
  return relative.format(Math.round(seconds / step.seconds), step.unit);
}

const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 26, 2026, 4:47 PM" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** How long a job took, from its start (or creation) to its end; undefined while it has not finished. */
export function elapsedSeconds(from: string, to: string | undefined): number | undefined {
  if (to === undefined) return undefined;
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
}
