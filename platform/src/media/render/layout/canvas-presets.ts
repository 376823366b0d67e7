import { type Insets, inset, type Rect } from './geometry.ts';

/**
 * Canvas sizes with the area each platform's UI leaves uncovered. Text and logos stay inside it; backgrounds bleed
 * to the edges.
 */
export const CANVAS_PRESETS = {
  /** YouTube: the duration badge (bottom right) and the progress bar of watched videos sit on the bottom edge. */
  'youtube-thumbnail': { width: 1280, height: 720, insets: { top: 40, right: 56, bottom: 96, left: 56 } },
  /** Instagram 4:5 post; the profile grid shows it cropped to 3:4, trimming ~34 px from each side. */
  'instagram-portrait': { width: 1080, height: 1350, insets: { top: 80, right: 88, bottom: 80, left: 88 } },
  /**
   * 9:16 covers of Stories, Reels, TikTok and Shorts, clear of all of them: the top bar and account name, the
   * right-hand action buttons, and the caption, music and reply bar at the bottom.
   */
  'vertical-video': { width: 1080, height: 1920, insets: { top: 260, right: 160, bottom: 440, left: 80 } },
  /** Square feed posts and carousel slides. */
  'instagram-square': { width: 1080, height: 1080, insets: { top: 80, right: 80, bottom: 80, left: 80 } },
  /** 16:9 video frames (explainers): the broadcast title-safe margin of about 5 %. */
  'landscape-video': { width: 1920, height: 1080, insets: { top: 64, right: 96, bottom: 96, left: 96 } },
} as const satisfies Record<string, { width: number; height: number; insets: Insets }>;

export type CanvasPresetId = keyof typeof CANVAS_PRESETS;
export type Orientation = 'landscape' | 'portrait' | 'square';

export interface Canvas {
  preset: CanvasPresetId;
  width: number;
  height: number;
  orientation: Orientation;
  /** Where text and logos may go. */
  safe: Rect;
}

export function canvasOf(preset: CanvasPresetId): Canvas {
  const { width, height, insets } = CANVAS_PRESETS[preset];
  const orientation = width > height ? 'landscape' : width < height ? 'portrait' : 'square';
  return { preset, width, height, orientation, safe: inset({ x: 0, y: 0, width, height }, insets) };
}
