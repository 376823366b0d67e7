import type { Canvas } from '../layout/canvas-presets.ts';
import type { Rect } from '../layout/geometry.ts';
import type { SlotRules } from './frame.ts';
import type { TemplateContext } from './layout-template.ts';

/** Title sizes in px per canvas orientation: [min, max, max lines]. */
export type TitleSizes = Readonly<Record<Canvas['orientation'], readonly [number, number, number]>>;

/** The title every template has: the display face in the text colour, sized for the canvas's orientation. */
export function titleRules(
  context: TemplateContext,
  sizes: TitleSizes,
  {
    align = 'start',
    lineHeight = context.font.displayLineHeight,
  }: { align?: SlotRules['align']; lineHeight?: number } = {},
): SlotRules {
  const [minSize, maxSize, maxLines] = sizes[context.canvas.orientation];
  return {
    role: 'display',
    uppercase: context.font.uppercaseDisplay,
    align,
    color: context.palette.text,
    minSize,
    maxSize,
    maxLines,
    lineHeight,
  };
}

export interface SubtitleStyle {
  color: string;
  /** Smallest and largest size, as fractions of the canvas's shorter side. */
  size: readonly [number, number];
  maxLines: number;
  lineHeight: number;
  /** Of the text region's height. */
  share: number;
  uppercase?: boolean;
  align?: SlotRules['align'];
}

/** The subtitle's slot rules under the `subtitle` key, or nothing when the request has no subtitle. */
export function subtitleRules(
  context: TemplateContext,
  style: SubtitleStyle,
): { subtitle?: SlotRules & { share: number } } {
  if (!context.hasSubtitle) return {};
  const unit = Math.min(context.canvas.width, context.canvas.height);
  const { color, size, maxLines, lineHeight, share, uppercase = false, align = 'start' } = style;
  return {
    subtitle: {
      role: 'text',
      uppercase,
      align,
      color,
      minSize: Math.round(unit * size[0]),
      maxSize: Math.round(unit * size[1]),
      maxLines,
      lineHeight,
      share,
    },
  };
}

/** The whole canvas, for backdrops and scrims drawn edge to edge. */
export function wholeCanvas(canvas: Canvas): Rect {
  return { x: 0, y: 0, width: canvas.width, height: canvas.height };
}
