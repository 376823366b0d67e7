import { z } from 'zod';
import { IMAGE_FORMATS, IMAGE_TEMPLATES } from './image-fields.ts';

const pixels = z.int().nonnegative();

export const fittedTextSchema = z
  .object({
    fontSize: z.int().positive().describe('Font size in pixels the text was fitted at.'),
    lines: z.array(z.string()).min(1).describe('The text as drawn, one entry per line.'),
    ellipsized: z
      .boolean()
      .describe('True when even the smallest allowed size could not hold the text and its end was cut with "…".'),
  })
  .describe('How a text was fitted into its box.');

export const safeAreaSchema = z
  .object({
    profile: z.string().describe('The platform overlay profile, e.g. `youtube-thumbnail`, `vertical-video`.'),
    x: pixels,
    y: pixels,
    width: pixels,
    height: pixels,
  })
  .describe('The rectangle no platform UI covers; all text and the logo are drawn inside it.');

/** What one rendered image looks like; also stored as the metadata of its content record. */
export const renderedImageSchema = z.object({
  width: z.int().positive(),
  height: z.int().positive(),
  format: z.enum(IMAGE_FORMATS),
  template: z.enum(IMAGE_TEMPLATES),
  fittedFontSize: z.int().positive().describe('Font size of the title in pixels.'),
  ellipsized: z.boolean().describe('True when any text had to be cut with "…" (a last resort).'),
  title: fittedTextSchema,
  subtitle: fittedTextSchema.optional(),
  safeArea: safeAreaSchema,
  background: z
    .enum(['procedural', 'upload', 'generated'])
    .describe('procedural: drawn from the brand colours; upload: the tenant image; generated: by the image model.'),
});

export type RenderedImageInfo = z.output<typeof renderedImageSchema>;
export type FittedTextInfo = z.output<typeof fittedTextSchema>;
