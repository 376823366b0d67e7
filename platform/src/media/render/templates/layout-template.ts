import type { ImageFontFamily, ImageTemplate } from '@contentflow/events';
import type { FontFamilySpec } from '../fonts/font-catalog.ts';
import type { Canvas } from '../layout/canvas-presets.ts';
import type { Rect } from '../layout/geometry.ts';
import type { LayoutNode } from '../layout/layout-node.ts';
import type { Palette } from '../layout/palette.ts';
import type { FitRules } from '../text/fit-text.ts';
import type { FittedBlock } from '../text/fit-text-block.ts';
import type { Typeface } from '../text/typeface.ts';

/** What a template knows about the image it lays out before any text is measured. */
export interface TemplateContext {
  canvas: Canvas;
  palette: Palette;
  font: FontFamilySpec;
  /** A photo (uploaded or generated) goes in the template's image area. */
  hasPhoto: boolean;
  hasSubtitle: boolean;
  hasLogo: boolean;
  /** A short label such as "2 / 5" on carousel slides. */
  badge?: string;
}

/** Where a text goes and how it may be sized. */
export interface TextSlot extends FitRules {
  box: Rect;
  role: 'display' | 'text';
  uppercase: boolean;
  align: 'start' | 'center';
  color: string;
}

/**
 * The layers under the text. `svg` fills the canvas; a photo, when given, is cropped to `photo.rect` over it, then
 * `photo.scrimSvg` (full canvas) is drawn over the photo to keep text readable.
 */
export interface BackdropPlan {
  svg: string;
  photo: { rect: Rect; scrimSvg?: string };
}

export interface TemplatePlan {
  backdrop: BackdropPlan;
  title: TextSlot;
  subtitle?: TextSlot;
  /** Where the logo goes, when the brand has one. */
  logoBox?: Rect;
}

export interface OverlayParts {
  title: FittedBlock;
  subtitle?: FittedBlock;
  display: Typeface;
  text: Typeface;
  /** The brand logo as a data URI, already scaled to fit the frame's logo box. */
  logo?: { src: string; width: number; height: number };
}

/**
 * A layout. `plan` places the text boxes and draws the backdrop; `overlay` draws the fitted text, logo and badge,
 * which must all stay inside the canvas's safe area (a property test checks every template at every size).
 */
export interface LayoutTemplate {
  id: ImageTemplate;
  /** Used when the brand kit names no font. */
  defaultFont: ImageFontFamily;
  plan(context: TemplateContext): TemplatePlan;
  overlay(context: TemplateContext, plan: TemplatePlan, parts: OverlayParts): LayoutNode;
}
