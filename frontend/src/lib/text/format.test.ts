import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatBytes, formatDuration, formatRelativeTime } from './format.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1,023 B'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0.42, '0.4 s'],
    [4, '4 s'],
    [42, '42 s'],
    [65, '1 min 5 s'],
    [120, '2 min'],
    [3720, '1 h 2 min'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it.each([
    ['2026-11-26T11:59:50Z', 'just now'],
    ['2026-11-26T11:55:00Z', '5 minutes ago'],
    ['2026-11-26T09:00:00Z', '3 hours ago'],
    ['2026-11-25T12:00:00Z', 'yesterday'],
  ])('%s → %s', (iso, text) => {
    expect(formatRelativeTime(iso, now)).toBe(text);
  });
});

describe('elapsedSeconds', () => {
  it('is undefined until the end is known', () => {
    expect(elapsedSeconds('2026-11-26T12:00:00Z', undefined)).toBeUndefined();
    expect(elapsedSeconds('2026-11-26T12:00:00Z', '2026-11-26T12:00:01.500Z')).toBe(1.5);
  });
});
