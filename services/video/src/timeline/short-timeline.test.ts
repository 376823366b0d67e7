import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NarrationTooLongError } from './narration-too-long-error.ts';
import { planShortTimeline, SHORT_PACING, secondsNeeded } from './short-timeline.ts';
import type { SpokenPart } from './spoken-part.ts';

const part = (durationSec: number, words = ['One two', 'three four']): SpokenPart => {
  const step = durationSec / words.length;
  return {
    durationSec,
    captions: words.map((text, index) => ({ text, startSec: index * step + 0.05, endSec: (index + 1) * step - 0.05 })),
  };
};

describe('planShortTimeline', () => {
  test('pictures fill exactly the length and each changes just before its narration', () => {
    const parts = [part(3), part(5), part(5), part(2)];
    const timeline = planShortTimeline(30, parts);
    expect(timeline.sceneDurations.reduce((a, b) => a + b, 0)).toBeCloseTo(30, 9);
    expect(timeline.speechStarts[0]).toBe(SHORT_PACING.leadSec);
    let cut = 0;
    for (const [index, duration] of timeline.sceneDurations.entries()) {
      if (index > 0) expect(timeline.speechStarts[index]! - cut).toBeCloseTo(SHORT_PACING.pictureLeadSec, 9);
      cut += duration;
    }
    const lastEnd = timeline.speechStarts.at(-1)! + parts.at(-1)!.durationSec;
    expect(30 - lastEnd).toBeGreaterThanOrEqual(SHORT_PACING.endHoldSec);
  });

  test('captions move with their part and never overlap', () => {
    const timeline = planShortTimeline(15, [part(2), part(3), part(2)]);
    expect(timeline.cues).toHaveLength(6);
    expect(timeline.cues[2]!.startSec).toBeCloseTo(timeline.speechStarts[1]! + 0.05, 9);
    for (const [index, cue] of timeline.cues.entries()) {
      expect(cue.endSec).toBeGreaterThan(cue.startSec);
      const next = timeline.cues[index + 1];
      if (next) expect(cue.endSec).toBeLessThanOrEqual(next.startSec);
    }
  });

  test('a narration longer than the video is refused with both figures', () => {
    const parts = [part(5), part(6), part(4)];
    expect(() => planShortTimeline(15, parts)).toThrow(NarrationTooLongError);
    expect(() => planShortTimeline(15, parts)).toThrow(
      `the narration needs ${secondsNeeded(parts).toFixed(1)} s but the video has 15 s`,
    );
  });

  test('any narration that fits gives scenes that add up to the length, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 6, noNaN: true }), { minLength: 3, maxLength: 10 }),
        fc.constantFrom(15, 30, 60),
        (durations, length) => {
          const parts = durations.map((duration) => part(duration));
          fc.pre(secondsNeeded(parts) <= length);
          const timeline = planShortTimeline(length, parts);
          expect(timeline.sceneDurations.every((duration) => duration > 0)).toBe(true);
          expect(timeline.sceneDurations.reduce((a, b) => a + b, 0)).toBeCloseTo(length, 6);
          expect(timeline.cues.at(-1)!.endSec).toBeLessThanOrEqual(length);
        },
      ),
    );
  });
});
