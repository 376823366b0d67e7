import type { Composition } from './composition.ts';

/** Where one scene sits on the video's frame grid. */
export interface SceneFrames {
  /** First frame the scene is on screen, counting a transition's second half; `end` is one past its last. */
  start: number;
  end: number;
  /** Extra frames its stream needs before `start` and after `end`, overlapping the neighbours' transitions. */
  lead: number;
  tail: number;
  /** Frames of each state in its stream, `lead` included in the first and `tail` in the last. */
  stateFrames: number[];
}

export interface FramePlan {
  scenes: SceneFrames[];
  totalFrames: number;
  /** Frames of every transition: even, so each scene gives half, and no longer than the shortest scene. */
  transitionFrames: number;
}

/**
 * Puts every state on the frame grid. Cut points are rounded from the running total of durations, never summed
 * from rounded durations, so rounding never accumulates and the video has exactly round(total × fps) frames.
 */
export function planFrames(
  composition: Pick<Composition, 'scenes' | 'fps' | 'transitionSec'>,
  overlap: boolean,
): FramePlan {
  const { fps } = composition;
  let elapsed = 0;
  const toFrame = (seconds: number): number => Math.round(seconds * fps);
  const scenes = composition.scenes.map((scene) => {
    const start = toFrame(elapsed);
    const stateFrames = scene.states.map((state) => {
      const from = toFrame(elapsed);
      elapsed += state.durationSec;
      return toFrame(elapsed) - from;
    });
    return { start, end: toFrame(elapsed), stateFrames };
  });
  const shortest = Math.min(...scenes.map((scene) => scene.end - scene.start));
  const wanted = 2 * Math.round((composition.transitionSec * fps) / 2);
  const transitionFrames = Math.max(0, Math.min(wanted, shortest - (shortest % 2)));
  const half = overlap ? transitionFrames / 2 : 0;
  return {
    totalFrames: toFrame(elapsed),
    transitionFrames,
    scenes: scenes.map((scene, index) => {
      const lead = index > 0 ? half : 0;
      const tail = index < scenes.length - 1 ? half : 0;
      const stateFrames = [...scene.stateFrames];
      stateFrames[0]! += lead;
      stateFrames[stateFrames.length - 1]! += tail;
      return { ...scene, lead, tail, stateFrames };
    }),
  };
}
