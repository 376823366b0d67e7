import { inset, intersect, type Rect } from '../layout/geometry.ts';
import { withAlpha } from '../layout/palette.ts';
import { circle, linearGradient, rect, svgDocument } from '../layout/svg.ts';
import { frameOf, planned, stackSlots } from './frame.ts';
import type { LayoutTemplate, TemplateContext } from './layout-template.ts';
import { accentBar, column, framedOverlay, titleAndSubtitle } from './overlay-blocks.ts';
import { subtitleRules, type TitleSizes, titleRules } from './text-slots.ts';

const TITLE: TitleSizes = { landscape: [34, 96, 5], portrait: [44, 120, 5], square: [40, 104, 4] } as const;

/** The picture takes the left 45 % of a landscape canvas, or the top half of a portrait or square one. */
function areas(context: TemplateContext): { picture: Rect; panel: Rect } {
  const { width, height, orientation } = context.canvas;
  if (orientation === 'landscape') {
    const split = Math.round(width * 0.45);
    return { picture: { x: 0, y: 0, width: split, height }, panel: { x: split, y: 0, width: width - split, height } };
  }
  const split = Math.round(height * (orientation === 'square' ? 0.46 : 0.5));
  return { picture: { x: 0, y: 0, width, height: split }, panel: { x: 0, y: split, width, height: height - split } };
}

function layout(context: TemplateContext) {
  const { canvas, palette } = context;
  const { panel } = areas(context);
  const unit = Math.min(canvas.width, canvas.height);
  const padding = Math.round(unit * 0.06);
  const frame = frameOf(
    context,
    intersect(inset(panel, { top: padding, right: padding, bottom: padding, left: padding }), canvas.safe),
  );
  const bar = { width: Math.round(unit * 0.08), height: Math.round(unit * 0.012), gap: Math.round(unit * 0.03) };
  const slots = stackSlots(frame.content, {
    header: bar.height + bar.gap,
    gap: Math.round(unit * 0.022),
    title: titleRules(context, TITLE),
    ...subtitleRules(context, { color: palette.muted, size: [0.03, 0.046], maxLines: 3, lineHeight: 1.3, share: 0.26 }),
  });
  return { frame, bar, slots };
}

/** The text panel in the primary colour; without a photo the picture area gets geometric art in the accent. */
function backdrop(context: TemplateContext): string {
  const { canvas, palette } = context;
  const { picture, panel } = areas(context);
  const unit = Math.min(canvas.width, canvas.height);
  const cx = picture.x + picture.width * 0.5;
  const cy = picture.y + picture.height * 0.5;
  const ring = (r: number, alpha: number) =>
    circle(cx, cy, r, `fill="none" stroke="${withAlpha(palette.onAccent, alpha)}" stroke-width="${unit * 0.01}"`);
  return svgDocument(
    canvas,
    [
      linearGradient('art', 160, [
        [0, palette.accent],
        [1, palette.soft],
      ]),
      linearGradient('panel', 180, [
        [0, palette.primary],
        [1, palette.deep],
      ]),
    ],
    [
      rect(picture, 'url(#art)'),
      circle(cx, cy, unit * 0.2, `fill="${withAlpha(palette.onAccent, 0.14)}"`),
      ring(unit * 0.28, 0.28),
      ring(unit * 0.38, 0.18),
      ring(unit * 0.5, 0.1),
      rect(panel, 'url(#panel)'),
    ],
  );
}

/** A thin accent seam where the photo meets the panel. */
function seam(context: TemplateContext): string {
  const { canvas, palette } = context;
  const { panel } = areas(context);
  const thickness = Math.round(Math.min(canvas.width, canvas.height) * 0.008);
  const line =
    canvas.orientation === 'landscape'
      ? { x: panel.x - thickness, y: 0, width: thickness, height: canvas.height }
      : { x: 0, y: panel.y - thickness, width: canvas.width, height: thickness };
  return svgDocument(canvas, [], [rect(line, palette.accent)]);
}

/** Picture on one side, text panel on the other: product shots, episode art, talking heads. */
export const splitImageTemplate: LayoutTemplate = {
  id: 'split-image',
  defaultFont: 'montserrat',
  plan(context) {
    return {
      backdrop: { svg: backdrop(context), photo: { rect: areas(context).picture, scrimSvg: seam(context) } },
      ...planned(layout(context)),
    };
  },
  overlay(context, plan, parts) {
    const { frame, bar } = layout(context);
    return framedOverlay(
      context,
      frame,
      parts,
      column(
        frame.content,
        { justifyContent: 'center', alignItems: 'flex-start' },
        accentBar(bar.width, bar.height, context.palette.accent, bar.gap),
        ...titleAndSubtitle(plan, parts, Math.round(frame.unit * 0.022)),
      ),
    );
  },
};
