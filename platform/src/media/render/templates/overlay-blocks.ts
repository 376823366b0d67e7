import type { Canvas } from '../layout/canvas-presets.ts';
import type { Rect } from '../layout/geometry.ts';
import { box, image, type LayoutNode, type Style } from '../layout/layout-node.ts';
import type { Palette } from '../layout/palette.ts';
import type { FittedBlock } from '../text/fit-text-block.ts';
import type { Typeface } from '../text/typeface.ts';
import type { Frame } from './frame.ts';
import type { OverlayParts, TemplateContext, TemplatePlan, TextSlot } from './layout-template.ts';

/** The transparent canvas every overlay is drawn on. */
export function overlayRoot(canvas: Canvas, ...children: Array<LayoutNode | undefined>): LayoutNode {
  return box(
    { position: 'relative', width: canvas.width, height: canvas.height },
    ...children.filter((child): child is LayoutNode => child !== undefined),
  );
}

/** A column of blocks placed over `region`. */
export function column(
  region: Rect,
  style: { justifyContent: 'flex-start' | 'center' | 'flex-end'; alignItems: 'flex-start' | 'center' | 'flex-end' },
  ...children: Array<LayoutNode | undefined>
): LayoutNode {
  return box(
    {
      position: 'absolute',
      left: region.x,
      top: region.y,
      width: region.width,
      height: region.height,
      flexDirection: 'column',
      ...style,
    },
    ...children.filter((child): child is LayoutNode => child !== undefined),
  );
}

/**
 * A fitted text: its lines joined by newlines and set with `white-space: pre`, so satori draws exactly the lines
 * the fitter chose instead of wrapping again. The padding keeps glyphs that overhang their line boxes inside.
 * Right-to-left lines stay in an ltr box aligned right: satori's bidi orders their words, while `direction: rtl`
 * with preserved newlines leaves a gap where each newline was.
 */
export function textBlock(slot: TextSlot, fitted: FittedBlock, typeface: Typeface, style: Style = {}): LayoutNode {
  const { block, inline } = fitted.padding;
  return {
    type: 'div',
    props: {
      style: {
        display: 'block',
        boxSizing: 'border-box',
        flexShrink: 0,
        width: slot.box.width,
        height: fitted.height,
        padding: `${block}px ${inline}px`,
        fontFamily: typeface.fontFamily,
        fontWeight: typeface.fontWeight,
        fontSize: fitted.fontSize,
        lineHeight: `${fitted.lineHeightPx}px`,
        color: slot.color,
        whiteSpace: 'pre',
        textAlign: slot.align === 'center' ? 'center' : fitted.direction === 'rtl' ? 'right' : 'left',
        ...style,
      },
      children: [fitted.lines.join('\n')],
    },
  };
}

export function accentBar(width: number, height: number, color: string, marginBottom: number): LayoutNode {
  return box({ width, height, backgroundColor: color, borderRadius: height / 2, marginBottom, flexShrink: 0 });
}

/** The brand logo in the frame's logo box, anchored bottom left. */
export function logoBlock(frame: Frame, logo: OverlayParts['logo']): LayoutNode | undefined {
  if (!frame.logo || !logo) return undefined;
  const area = frame.logo;
  return box(
    { position: 'absolute', left: area.x, top: area.y + area.height - logo.height },
    image(logo.src, logo.width, logo.height),
  );
}

/** A pill in the frame's badge box ("2 / 5" on carousel slides). */
export function badgeBlock(frame: Frame, label: string | undefined, palette: Palette, typeface: Typeface) {
  if (!frame.badge || label === undefined) return undefined;
  const area = frame.badge;
  return box(
    {
      position: 'absolute',
      left: area.x,
      top: area.y,
      width: area.width,
      height: area.height,
      borderRadius: area.height / 2,
      backgroundColor: palette.accent,
      color: palette.onAccent,
      alignItems: 'center',
      justifyContent: 'center',
      fontFamily: typeface.fontFamily,
      fontWeight: typeface.fontWeight,
      fontSize: Math.round(area.height * 0.46),
      lineHeight: 1,
    },
    label,
  );
}

/** Every overlay: the text column, then the logo and the badge in the frame's corners. */
export function framedOverlay(
  context: TemplateContext,
  frame: Frame,
  parts: OverlayParts,
  text: LayoutNode,
): LayoutNode {
  return overlayRoot(
    context.canvas,
    text,
    logoBlock(frame, parts.logo),
    badgeBlock(frame, context.badge, context.palette, parts.text),
  );
}

/** The fitted title, then the subtitle `gap` below it when there is one. */
export function titleAndSubtitle(
  plan: TemplatePlan,
  parts: OverlayParts,
  gap: number,
): [LayoutNode, LayoutNode | undefined] {
  return [
    textBlock(plan.title, parts.title, parts.display),
    plan.subtitle && parts.subtitle
      ? textBlock(plan.subtitle, parts.subtitle, parts.text, { marginTop: gap })
      : undefined,
  ];
}
