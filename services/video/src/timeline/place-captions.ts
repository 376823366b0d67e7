import type { CaptionCue } from '../captions/caption-cue.ts';
import type { SpokenPart } from './spoken-part.ts';

/** A caption stays up this long after its last word, unless the next one takes its place sooner. */
const LINGER_SEC = 0.3;
/** Shorter silences between two captions are bridged: the first stays until the second, without a flicker. */
const BRIDGE_SEC = 0.6;

/** The captions of parts placed at `starts` (seconds of the video), as cues in order that never overlap. */
export function placeCaptions(parts: readonly SpokenPart[], starts: readonly number[]): CaptionCue[] {
  const placed = parts.flatMap((part, index) =>
    part.captions.map((caption) => ({
      text: caption.text,
      startSec: starts[index]! + caption.startSec,
      endSec: starts[index]! + caption.endSec,
    })),
  );
  return placed.map((cue, index) => {
    const next = placed[index + 1];
    if (!next) return { ...cue, endSec: cue.endSec + LINGER_SEC };
    const endSec =
      next.startSec - cue.endSec <= BRIDGE_SEC ? next.startSec : Math.min(cue.endSec + LINGER_SEC, next.startSec);
    return { ...cue, endSec };
  });
}
