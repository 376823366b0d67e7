/** Camera moves over a still picture; `still` keeps it fixed (text-heavy slides). */
export const MOTIONS = ['still', 'zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'pan-up', 'pan-down'] as const;
export type Motion = (typeof MOTIONS)[number];

/** ffmpeg xfade transitions the styles use (ffmpeg ≥ 4.3); without xfade every one becomes a fade through black. */
export const TRANSITIONS = ['fade', 'fadeblack', 'slideup', 'slideleft', 'smoothup', 'circleopen', 'wipeleft'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** One picture of a scene, shown for a while: a scene with several states reveals them in turn (bullets). */
export interface SceneState {
  /** A PNG the size of the video, by file name inside the working directory (with alpha over footage). */
  image: string;
  durationSec: number;
}

export interface Scene {
  states: readonly SceneState[];
  /** Ignored over footage, which moves by itself. */
  motion: Motion;
  /**
   * A video file (generated clip) filling the frame under the scene: its states are then transparent overlays (text,
   * logo) drawn over it. Scaled and cropped to cover the frame; looped when shorter than the scene.
   */
  footage?: string;
  /** How this scene replaces the previous one; ignored for the first scene. */
  transition: Transition;
}

/** Everything one ffmpeg run turns into the MP4; file names are relative to the working directory. */
export interface Composition {
  width: number;
  height: number;
  fps: number;
  /** In order; the video lasts as long as their states together. */
  scenes: readonly Scene[];
  /** Length of each transition, centred on the cut between two scenes. */
  transitionSec: number;
  /** How far the camera zooms (0.08 = 8 %) in motions. */
  motionAmount: number;
  /** A WAV (narration and music, mixed) at least as long as the video; absent for a silent video. */
  soundtrack?: string;
  /** ASS subtitles burned into the picture, with the folder holding their fonts. */
  subtitles?: { file: string; fontsDir: string };
  output: string;
}

export function compositionDurationSec(composition: Pick<Composition, 'scenes'>): number {
  return composition.scenes.reduce(
    (total, scene) => total + scene.states.reduce((sum, state) => sum + state.durationSec, 0),
    0,
  );
}
