import type { CaptionCue } from '../captions/caption-cue.ts';
import { placeCaptions } from './place-captions.ts';
import type { SpokenPart } from './spoken-part.ts';

/** Pacing of an explainer, in seconds: calmer than a short. */
export const EXPLAINER_PACING = {
  leadSec: 0.5,
  /** Between two paragraphs of a scene (its title and each bullet). */
  paragraphGapSec: 0.35,
  /** Between scenes: time for the transition and a breath. */
  sceneGapSec: 0.9,
  endHoldSec: 1.5,
  pictureLeadSec: 0.4,
  /** A bullet appears this long before the narrator reaches it. */
  revealLeadSec: 0.15,
} as const;

/** A scene as spoken: its paragraphs, each synthesised on its own. */
export interface SpokenScene {
  paragraphs: readonly SpokenPart[];
}

export interface PlannedScene {
  startSec: number;
  durationSec: number;
  /** Where each paragraph's narration starts in the video. */
  paragraphStarts: number[];
}

export interface ExplainerTimeline {
  scenes: PlannedScene[];
  durationSec: number;
  cues: CaptionCue[];
}

/** Lays scenes out one after the other; the video lasts as long as its narration and pauses. */
export function planExplainerTimeline(scenes: readonly SpokenScene[]): ExplainerTimeline {
  const starts: number[][] = [];
  let at = EXPLAINER_PACING.leadSec;
  for (const scene of scenes) {
    const paragraphStarts = scene.paragraphs.map((paragraph) => {
      const start = at;
      at += paragraph.durationSec + EXPLAINER_PACING.paragraphGapSec;
      return start;
    });
    starts.push(paragraphStarts);
    at += EXPLAINER_PACING.sceneGapSec - EXPLAINER_PACING.paragraphGapSec;
  }
  const durationSec = at - EXPLAINER_PACING.sceneGapSec + EXPLAINER_PACING.endHoldSec;
  const cuts = starts.map((paragraphStarts, index) =>
    index === 0 ? 0 : paragraphStarts[0]! - Math.min(EXPLAINER_PACING.pictureLeadSec, EXPLAINER_PACING.sceneGapSec / 2),
  );
  return {
    durationSec,
    scenes: starts.map((paragraphStarts, index) => ({
      startSec: cuts[index]!,
      durationSec: (cuts[index + 1] ?? durationSec) - cuts[index]!,
      paragraphStarts,
    })),
    cues: placeCaptions(
      scenes.flatMap((scene) => scene.paragraphs),
      starts.flat(),
    ),
  };
}
