import { describe, expect, test } from 'vitest';
import { parseFliteSegments, spokenSpan } from './flite-segments.ts';

describe('parseFliteSegments', () => {
  test('reads phone:end pairs, each phone starting where the previous ended', () => {
    expect(parseFliteSegments('pau:0.164 hh:0.255 ax:0.304 pau:0.5 \n')).toEqual([
      { phone: 'pau', startSec: 0, endSec: 0.164 },
      { phone: 'hh', startSec: 0.164, endSec: 0.255 },
      { phone: 'ax', startSec: 0.255, endSec: 0.304 },
      { phone: 'pau', startSec: 0.304, endSec: 0.5 },
    ]);
  });

  test('a new line is a new utterance whose times count from where the last one ended', () => {
    const segments = parseFliteSegments('pau:0.1 ay:0.3 pau:0.4\npau:0.1 ow:0.25\n');
    expect(segments.slice(3).map((segment) => [segment.startSec, segment.endSec])).toEqual([
      [0.4, 0.5],
      [0.5, 0.65],
    ]);
  });

  test('rejects what is not a segment', () => {
    expect(() => parseFliteSegments('pau:0.1 garbage')).toThrow('unexpected Flite segment');
  });
});

describe('spokenSpan', () => {
  test('runs from the first spoken phone to the end of the last, pauses excluded', () => {
    expect(spokenSpan(parseFliteSegments('pau:0.164 hh:0.255 ax:0.304 pau:0.5'))).toEqual({
      startSec: 0.164,
      endSec: 0.304,
    });
  });

  test('is undefined when Flite only paused', () => {
    expect(spokenSpan(parseFliteSegments('pau:0.2 pau:0.4'))).toBeUndefined();
  });
});
