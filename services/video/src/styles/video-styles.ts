import type { ImageTemplate, VideoStyle } from '@contentflow/events';
import type { CaptionLook } from '../captions/caption-look.ts';
import type { Motion, Transition } from '../compose/composition.ts';

export type VideoShape = 'vertical' | 'landscape';

/** Everything a style decides, per shape where the frame size matters. */
export interface StylePreset {
  template: ImageTemplate;
  /** Cycled over the beats so consecutive pictures move differently. */
  motions: readonly Exclude<Motion, 'still'>[];
  transitions: readonly Transition[];
  transitionSec: number;
  motionAmount: number;
  captions: Record<VideoShape, CaptionLook>;
}

const WHITE = '#ffffff';
const BLACK = '#000000';

/**
 * Vertical captions sit above the bottom 440 px the platforms cover with their own captions and buttons, clear
 * of the right-hand action column; landscape ones sit in the lower title-safe margin.
 */
const captionPlace: Record<VideoShape, Pick<CaptionLook, 'marginBottomPx' | 'marginSidePx'>> = {
  vertical: { marginBottomPx: 540, marginSidePx: 150 },
  landscape: { marginBottomPx: 80, marginSidePx: 200 },
};

function looks(
  base: Omit<CaptionLook, 'fontSize' | 'marginBottomPx' | 'marginSidePx'>,
  sizes: Record<VideoShape, number>,
) {
  return {
    vertical: { ...base, ...captionPlace.vertical, fontSize: sizes.vertical },
    landscape: { ...base, ...captionPlace.landscape, fontSize: sizes.landscape },
  };
}

export const STYLE_PRESETS: Readonly<Record<VideoStyle, StylePreset>> = {
  bold: {
    template: 'bold-title',
    motions: ['zoom-in', 'pan-left', 'zoom-out', 'pan-right'],
    transitions: ['slideup', 'smoothup', 'circleopen', 'wipeleft'],
    transitionSec: 0.4,
    motionAmount: 0.1,
    captions: looks(
      {
        color: WHITE,
        highlight: '#ffd23f',
        outlineColor: BLACK,
        outlinePx: 7,
        shadowPx: 2,
        uppercase: true,
        karaoke: true,
      },
      { vertical: 76, landscape: 60 },
    ),
  },
  clean: {
    template: 'minimal-gradient',
    motions: ['pan-right', 'zoom-in', 'pan-left', 'zoom-out'],
    transitions: ['fade'],
    transitionSec: 0.6,
    motionAmount: 0.06,
    captions: looks(
      {
        color: WHITE,
        highlight: WHITE,
        outlineColor: '#1e1b4b',
        outlinePx: 5,
        shadowPx: 0,
        uppercase: false,
        karaoke: false,
      },
      { vertical: 64, landscape: 52 },
    ),
  },
  cinematic: {
    template: 'quote-card',
    motions: ['zoom-out', 'pan-up', 'zoom-in', 'pan-down'],
    transitions: ['fadeblack'],
    transitionSec: 0.9,
    motionAmount: 0.07,
    captions: looks(
      {
        color: '#f5f0e6',
        highlight: '#f5f0e6',
        outlineColor: BLACK,
        outlinePx: 4,
        shadowPx: 3,
        uppercase: false,
        karaoke: false,
      },
      { vertical: 60, landscape: 50 },
    ),
  },
};

/** The n-th item of a cycle: styles repeat their motions and transitions over any number of scenes. */
export function cycle<T>(items: readonly T[], index: number): T {
  return items[index % items.length]!;
}
