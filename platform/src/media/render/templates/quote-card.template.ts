import { inset } from '../layout/geometry.ts';
import { box } from '../layout/layout-node.ts';
import { withAlpha } from '../layout/palette.ts';
import { radialGradient, rect, svgDocument } from '../layout/svg.ts';
import { frameOf, planned, stackSlots } from './frame.ts';
import type { LayoutTemplate, TemplateContext } from './layout-template.ts';
import { column, framedOverlay, titleAndSubtitle } from './overlay-blocks.ts';
import { subtitleRules, type TitleSizes, titleRules, wholeCanvas } from './text-slots.ts';

const QUOTE: TitleSizes = { landscape: [30, 80, 6], portrait: [40, 104, 9], square: [34, 96, 8] } as const;
const OPENING_QUOTE = '\u201c';

function layout(context: TemplateContext) {
  const { palette } = context;
  const frame = frameOf(context);
  const { unit } = frame;
  // The quote mark is a glyph of the display face; its ink sits in the top ~60 % of its em box.
  const mark = { size: Math.round(unit * 0.2), height: Math.round(unit * 0.13) };
  const slots = stackSlots(frame.content, {
    header: mark.height,
    gap: Math.round(unit * 0.035),
    title: titleRules(context, QUOTE, { lineHeight: Math.max(1.2, context.font.displayLineHeight) }),
    ...subtitleRules(context, {
      color: palette.accent,
      size: [0.028, 0.042],
      maxLines: 2,
      lineHeight: 1.25,
      share: 0.14,
    }),
  });
  return { frame, mark, slots };
}

function backdrop(context: TemplateContext): string {
  const { canvas, palette } = context;
  const { width, height } = canvas;
  const unit = Math.min(width, height);
  const border = inset(wholeCanvas(canvas), {
    top: unit * 0.035,
    right: unit * 0.035,
    bottom: unit * 0.035,
    left: unit * 0.035,
  });
  return svgDocument(
    canvas,
    [
      radialGradient('light', width * 0.2, height * 0.1, Math.max(width, height), [
        [0, palette.soft],
        [0.7, palette.primary],
        [1, palette.deep],
      ]),
    ],
    [
      rect(wholeCanvas(canvas), 'url(#light)'),
      rect(border, 'none', `stroke="${withAlpha(palette.accent, 0.6)}" stroke-width="${Math.max(2, unit * 0.004)}"`),
    ],
  );
}

/** A photo behind a quote is only texture: the primary colour covers most of it. */
function tint(context: TemplateContext): string {
  const { canvas, palette } = context;
  return svgDocument(canvas, [], [rect(wholeCanvas(canvas), withAlpha(palette.deep, 0.84))]);
}

/** A quote in the display face under a large quotation mark, with its attribution. */
export const quoteCardTemplate: LayoutTemplate = {
  id: 'quote-card',
  defaultFont: 'playfair-display',
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
    const { frame, mark } = layout(context);
    return framedOverlay(
      context,
      frame,
      parts,
      column(
        frame.content,
        { justifyContent: 'center', alignItems: 'flex-start' },
        box(
          {
            height: mark.height,
            flexShrink: 0,
            overflow: 'hidden',
            fontFamily: parts.display.fontFamily,
            fontWeight: parts.display.fontWeight,
            fontSize: mark.size,
            lineHeight: 1,
            color: context.palette.accent,
          },
          OPENING_QUOTE,
        ),
        // The subtitle is the quote's attribution.
        ...titleAndSubtitle(plan, parts, Math.round(frame.unit * 0.035)),
      ),
    );
  },
};
