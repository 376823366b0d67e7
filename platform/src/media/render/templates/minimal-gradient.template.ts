import { box } from '../layout/layout-node.ts';
import { withAlpha } from '../layout/palette.ts';
import { circle, linearGradient, rect, svgDocument } from '../layout/svg.ts';
import { frameOf, planned, stackSlots } from './frame.ts';
import type { LayoutTemplate, TemplateContext } from './layout-template.ts';
import { accentBar, column, framedOverlay, textBlock } from './overlay-blocks.ts';
import { subtitleRules, type TitleSizes, titleRules, wholeCanvas } from './text-slots.ts';

const TITLE: TitleSizes = { landscape: [40, 112, 4], portrait: [52, 140, 6], square: [44, 120, 5] } as const;

function layout(context: TemplateContext) {
  const { palette } = context;
  const frame = frameOf(context);
  const { unit } = frame;
  const divider = { width: Math.round(unit * 0.08), height: Math.round(unit * 0.008), gap: Math.round(unit * 0.035) };
  // The divider sits between title and subtitle, so it is the gap of the stack.
  const slots = stackSlots(frame.content, {
    header: 0,
    gap: divider.height + 2 * divider.gap,
    title: titleRules(context, TITLE, { align: 'center' }),
    ...subtitleRules(context, {
      color: palette.muted,
      size: [0.026, 0.04],
      maxLines: 2,
      lineHeight: 1.3,
      share: 0.16,
      uppercase: true,
      align: 'center',
    }),
  });
  return { frame, divider, slots };
}

function backdrop(context: TemplateContext): string {
  const { canvas, palette } = context;
  const { width, height } = canvas;
  const unit = Math.min(width, height);
  const outline = (cx: number, cy: number, r: number) =>
    circle(cx, cy, r, `fill="none" stroke="${withAlpha(palette.text, 0.08)}" stroke-width="${unit * 0.003}"`);
  return svgDocument(
    canvas,
    [
      linearGradient('calm', 135, [
        [0, palette.soft],
        [0.55, palette.primary],
        [1, palette.deep],
      ]),
    ],
    [
      rect(wholeCanvas(canvas), 'url(#calm)'),
      outline(width * 0.08, height * 0.1, unit * 0.42),
      outline(width * 0.95, height * 0.92, unit * 0.55),
    ],
  );
}

/** A photo becomes a soft, tinted backdrop. */
function tint(context: TemplateContext): string {
  const { canvas, palette } = context;
  return svgDocument(
    canvas,
    [
      linearGradient('tint', 135, [
        [0, withAlpha(palette.soft, 0.72)],
        [1, withAlpha(palette.deep, 0.86)],
      ]),
    ],
    [rect(wholeCanvas(canvas), 'url(#tint)')],
  );
}

/** Calm and centred: a gradient, the title, a short accent rule and an upper-case subtitle. */
export const minimalGradientTemplate: LayoutTemplate = {
  id: 'minimal-gradient',
  defaultFont: 'inter',
  plan(context) {
    const { canvas } = context;
    return {
      backdrop: {
        svg: backdrop(context),
        photo: { rect: wholeCanvas(canvas), scrimSvg: tint(context) },
      },
      ...planned(layout(context)),
    };
  },
  overlay(context, plan, parts) {
    const { frame, divider } = layout(context);
    const subtitle = plan.subtitle && parts.subtitle;
    return framedOverlay(
      context,
      frame,
      parts,
      column(
        frame.content,
        { justifyContent: 'center', alignItems: 'center' },
        textBlock(plan.title, parts.title, parts.display),
        subtitle
          ? box(
              { flexDirection: 'column', alignItems: 'center', paddingTop: divider.gap, flexShrink: 0 },
              accentBar(divider.width, divider.height, context.palette.accent, divider.gap),
              textBlock(plan.subtitle!, subtitle, parts.text),
            )
          : undefined,
      ),
    );
  },
};
