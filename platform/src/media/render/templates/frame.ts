import type { Rect } from '../layout/geometry.ts';
import type { TemplateContext, TemplatePlan, TextSlot } from './layout-template.ts';

/** The safe area (or part of it) split into the text region and the corners kept for the logo and badge. */
export interface Frame {
  /** Where title and subtitle go. */
  content: Rect;
  logo?: Rect;
  badge?: Rect;
  /** min(width, height) of the canvas: sizes scale with it. */
  unit: number;
}

/** Lays the logo (bottom left) and badge (top right) in `area`, leaving the rest to the text. */
export function frameOf(context: TemplateContext, area: Rect = context.canvas.safe): Frame {
  const unit = Math.min(context.canvas.width, context.canvas.height);
  const gap = Math.round(unit * 0.03);
  let content = area;
  let logo: Rect | undefined;
  let badge: Rect | undefined;
  if (context.hasLogo) {
    const height = Math.round(unit * 0.07);
    logo = { x: area.x, y: area.y + area.height - height, width: Math.min(area.width, height * 4), height };
    content = { ...content, height: content.height - height - gap };
  }
  if (context.badge !== undefined) {
    const height = Math.round(unit * 0.05);
    const width = Math.round(height * 2.6);
    badge = { x: area.x + area.width - width, y: area.y, width, height };
    content = { ...content, y: content.y + height + gap, height: content.height - height - gap };
  }
  return { content, ...(logo ? { logo } : {}), ...(badge ? { badge } : {}), unit };
}

export type SlotRules = Omit<TextSlot, 'box'>;

/**
 * Splits a region into a header (accent bar, quote mark), the title box and the subtitle box below it. The overlay
 * stacks the fitted blocks in the same order, each no taller than its box, so the stack stays inside the region.
 */
export function stackSlots(
  region: Rect,
  spec: { header: number; gap: number; title: SlotRules; subtitle?: SlotRules & { share: number } },
): { title: TextSlot; subtitle?: TextSlot } {
  const { header, gap, title, subtitle } = spec;
  if (!subtitle) {
    return { title: { ...title, box: { ...region, y: region.y + header, height: region.height - header } } };
  }
  const { share, ...subtitleRules } = subtitle;
  const subtitleHeight = Math.round(region.height * share);
  const titleHeight = region.height - header - gap - subtitleHeight;
  return {
    title: { ...title, box: { ...region, y: region.y + header, height: titleHeight } },
    subtitle: {
      ...subtitleRules,
      box: { ...region, y: region.y + header + titleHeight + gap, height: subtitleHeight },
    },
  };
}

/** The text slots and logo box of a template's layout, as its plan reports them. */
export function planned(layout: {
  frame: Frame;
  slots: { title: TextSlot; subtitle?: TextSlot };
}): Omit<TemplatePlan, 'backdrop'> {
  return { ...layout.slots, ...(layout.frame.logo ? { logoBox: layout.frame.logo } : {}) };
}
