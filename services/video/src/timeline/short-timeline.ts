import type { CaptionCue } from '../captions/caption-cue.ts';
import { NarrationTooLongError } from './narration-too-long-error.ts';
import { placeCaptions } from './place-captions.ts';
import type { SpokenPart } from './spoken-part.ts';

/** Pacing of a short, in seconds. */
export const SHORT_PACING = {
  /** Silence (music only) before the hook. */
  leadSec: 0.35,
  /** The least breath between two parts, long enough for the transition between their pictures. */
  minGapSec: 0.5,
  /** The end card stays at least this long after the call to action is said. */
  endHoldSec: 1.2,
  /** The end card holds at most this much longer; further spare time goes between the parts. */
  maxExtraEndSec: 2.5,
  /** A new picture arrives this long before its narration starts (or at the middle of a shorter gap). */
  pictureLeadSec: 0.4,
} as const;

export interface ShortTimeline {
  /** How long each part's picture (hook, beats, end card) is on screen; they add up to the length. */
  sceneDurations: number[];
  /** Where each part's narration starts in the video. */
  speechStarts: number[];
  cues: CaptionCue[];
}

/** Seconds the parts need at the tightest pacing. */
export function secondsNeeded(parts: readonly SpokenPart[]): number {
  const speech = parts.reduce((sum, part) => sum + part.durationSec, 0);
  return SHORT_PACING.leadSec + speech + SHORT_PACING.minGapSec * (parts.length - 1) + SHORT_PACING.endHoldSec;
}

/**
 * Lays the parts (hook, beats, call to action) out over exactly `lengthSec`: spare time lengthens the end card a
 * little and the pauses between parts evenly. Each picture changes shortly before its narration begins.
 * @throws NarrationTooLongError
 */
export function planShortTimeline(lengthSec: number, parts: readonly SpokenPart[]): ShortTimeline {
  const needed = secondsNeeded(parts);
  if (needed > lengthSec) throw new NarrationTooLongError(needed, lengthSec);
  const spare = lengthSec - needed;
  const extraEnd = Math.min(spare * 0.3, SHORT_PACING.maxExtraEndSec);
  const gap = SHORT_PACING.minGapSec + (parts.length > 1 ? (spare - extraEnd) / (parts.length - 1) : 0);

  const speechStarts: number[] = [];
  let at = SHORT_PACING.leadSec;
  for (const part of parts) {
    speechStarts.push(at);
    at += part.durationSec + gap;
  }
  const cuts = speechStarts.map((start, index) =>
    index === 0 ? 0 : start - Math.min(SHORT_PACING.pictureLeadSec, gap / 2),
  );
  const sceneDurations = cuts.map((cut, index) => (cuts[index + 1] ?? lengthSec) - cut);
  return { sceneDurations, speechStarts, cues: placeCaptions(parts, speechStarts) };
}
