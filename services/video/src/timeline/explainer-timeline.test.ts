import { describe, expect, test } from 'vitest';
import { EXPLAINER_PACING, planExplainerTimeline } from './explainer-timeline.ts';
import type { SpokenPart } from './spoken-part.ts';

const spoken = (durationSec: number): SpokenPart => ({
  durationSec,
  captions: [{ text: 'words', startSec: 0.1, endSec: durationSec - 0.1 }],
});

describe('planExplainerTimeline', () => {
  test('scenes follow their narration: paragraphs in turn, scenes back to back, a hold at the end', () => {
    const timeline = planExplainerTimeline([
      { paragraphs: [spoken(2)] },
      { paragraphs: [spoken(1.5), spoken(2), spoken(2.5)] },
    ]);
    const [title, scene] = timeline.scenes;
    expect(title!.startSec).toBe(0);
    expect(title!.paragraphStarts).toEqual([EXPLAINER_PACING.leadSec]);
    const sceneSpeech = EXPLAINER_PACING.leadSec + 2 + EXPLAINER_PACING.sceneGapSec;
    expect(scene!.paragraphStarts[0]).toBeCloseTo(sceneSpeech, 9);
    expect(scene!.paragraphStarts[1]).toBeCloseTo(sceneSpeech + 1.5 + EXPLAINER_PACING.paragraphGapSec, 9);
    expect(scene!.startSec).toBeCloseTo(sceneSpeech - EXPLAINER_PACING.pictureLeadSec, 9);
    expect(title!.durationSec + scene!.durationSec).toBeCloseTo(timeline.durationSec, 9);
    const lastSpeechEnd = scene!.paragraphStarts[2]! + 2.5;
    expect(timeline.durationSec - lastSpeechEnd).toBeCloseTo(EXPLAINER_PACING.endHoldSec, 9);
    expect(timeline.cues).toHaveLength(4);
  });
});
