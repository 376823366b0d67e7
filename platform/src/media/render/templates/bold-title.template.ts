import { inset } from '../layout/geometry.ts';
import { withAlpha } from '../layout/palette.ts';
import { circle, dotPattern, linearGradient, radialGradient, rect, svgDocument } from '../layout/svg.ts';
import { frameOf, planned, stackSlots } from './frame.ts';
import type { LayoutTemplate, TemplateContext } from './layout-template.ts';
import { accentBar, column, framedOverlay, titleAndSubtitle } from './overlay-blocks.ts';
import { subtitleRules, type TitleSizes, titleRules, wholeCanvas } from './text-slots.ts';

const TITLE: TitleSizes = { landscape: [40, 124, 4], portrait: [56, 150, 6], square: [48, 136, 5] } as const;

function layout(context: TemplateContext) {
  const { canvas, palette } = context;
  const frame = frameOf(context);
  const { unit } = frame;
  // Landscape thumbnails keep the right third for the picture (a face, a product); portrait ones the top.
  const region =
    canvas.orientation === 'landscape'
      ? { ...frame.content, width: Math.round(frame.content.width * (context.hasPhoto ? 0.62 : 0.78)) }
      : canvas.orientation === 'portrait' && context.hasPhoto
        ? inset(frame.content, { top: Math.round(frame.content.height * 0.35) })
        : frame.content;
  const bar = { width: Math.round(unit * 0.1), height: Math.round(unit * 0.014), gap: Math.round(unit * 0.035) };
  const slots = stackSlots(region, {
    header: bar.height + bar.gap,
    gap: Math.round(unit * 0.025),
    title: titleRules(context, TITLE),
    ...subtitleRules(context, {
      color: palette.muted,
      size: [0.034, 0.056],
      maxLines: 2,
      lineHeight: 1.25,
      share: 0.22,
    }),
  });
  return { frame, region, bar, slots };
}

function backdrop(context: TemplateContext): string {
  const { canvas, palette } = context;
  const { width, height } = canvas;
  const unit = Math.min(width, height);
  return svgDocument(
    canvas,
    [
      linearGradient('base', 150, [
        [0, palette.primary],
        [1, palette.deep],
      ]),
      radialGradient('glow', width * 0.88, height * 0.12, unit * 0.9, [
        [0, withAlpha(palette.accent, 0.42)],
        [1, withAlpha(palette.accent, 0)],
      ]),
      radialGradient('haze', width * 0.05, height, unit * 1.1, [
        [0, withAlpha(palette.soft, 0.75)],
        [1, withAlpha(palette.soft, 0)],
      ]),
      dotPattern('dots', Math.round(unit * 0.04), Math.max(1.5, unit * 0.0032), withAlpha(palette.text, 0.09)),
    ],
    [
      rect(wholeCanvas(canvas), 'url(#base)'),
      rect(wholeCanvas(canvas), 'url(#haze)'),
      rect(wholeCanvas(canvas), 'url(#glow)'),
      rect({ x: Math.round(width * 0.55), y: 0, width: Math.round(width * 0.45), height }, 'url(#dots)'),
      circle(
        width * 0.9,
        height * 0.86,
        unit * 0.34,
        `fill="none" stroke="${withAlpha(palette.accent, 0.55)}" stroke-width="${unit * 0.012}"`,
      ),
    ],
  );
}

/** Keeps text readable over any photo: the primary colour darkens the side the text is on. */
function scrim(context: TemplateContext): string {
  const { canvas, palette } = context;
  const landscape = canvas.orientation === 'landscape';
  return svgDocument(
    canvas,
    [
      linearGradient('scrim', landscape ? 90 : 0, [
        [0, withAlpha(palette.deep, 0.94)],
        [0.45, withAlpha(palette.deep, 0.72)],
        [landscape ? 0.85 : 0.8, withAlpha(palette.deep, 0)],
      ]),
    ],
    [rect(wholeCanvas(canvas), 'url(#scrim)')],
  );
}

/** The YouTube look: a huge headline over a bold gradient or a darkened photo, with an accent bar. */
export const boldTitleTemplate: LayoutTemplate = {
  id: 'bold-title',
  defaultFont: 'anton',
  plan(context) {
    const { canvas } = context;
    return {
      backdrop: {
        svg: backdrop(context),
        photo: { rect: wholeCanvas(canvas), scrimSvg: scrim(context) },
      },
      ...planned(layout(context)),
    };
  },
  overlay(context, plan, parts) {
    const { frame, region, bar } = layout(context);
    const justify = context.hasPhoto && context.canvas.orientation !== 'landscape' ? 'flex-end' : 'center';
    return framedOverlay(
      context,
      frame,
      parts,
      column(
        region,
        { justifyContent: justify, alignItems: 'flex-start' },
        accentBar(bar.width, bar.height, context.palette.accent, bar.gap),
        ...titleAndSubtitle(plan, parts, Math.round(frame.unit * 0.025)),
      ),
    );
  },
};
