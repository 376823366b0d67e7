import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  displayTextSchema,
  IMAGE_FORMATS,
  IMAGE_TEMPLATES,
  imageStyleFields,
  MAX_QUOTE_LENGTH,
  MAX_SUBTITLE_LENGTH,
} from './image-fields.ts';
import { renderedImageSchema } from './image-render.output.ts';

/** A carousel longer than this is a slideshow; Instagram allows 20 but engagement drops well before. */
export const MAX_SLIDES = 10;

const slideSchema = z.strictObject({
  title: displayTextSchema('title', MAX_QUOTE_LENGTH).describe('Main text of the slide (a quote on a quote card).'),
  subtitle: displayTextSchema('subtitle', MAX_SUBTITLE_LENGTH)
    .optional()
    .describe('Smaller text under it (the attribution on a quote card).'),
});

export const graphicInputSchema = z
  .strictObject({
    title: slideSchema.shape.title.optional().describe('Single graphic: its main text. Give this or `slides`.'),
    subtitle: slideSchema.shape.subtitle,
    slides: z
      .array(slideSchema)
      .min(1, 'slides must hold at least one slide')
      .max(MAX_SLIDES, `slides must hold at most ${MAX_SLIDES} slides`)
      .optional()
      .describe('Carousel: one image per slide, numbered, with one font size across all slides. Give this or `title`.'),
    template: z.enum(IMAGE_TEMPLATES).default('quote-card').describe('Layout to render.'),
    ...imageStyleFields,
  })
  .refine((input) => (input.title === undefined) !== (input.slides === undefined), {
    message: 'give either title (one graphic) or slides (a carousel), not both and not neither',
  })
  .refine((input) => input.slides === undefined || input.subtitle === undefined, {
    message: 'subtitle belongs inside each slide when slides are given',
    path: ['subtitle'],
  });

export type GraphicInput = z.input<typeof graphicInputSchema>;
export type ValidGraphicInput = z.output<typeof graphicInputSchema>;

export const graphicOutputSchema = z.object({
  width: z.literal(1080),
  height: z.literal(1080),
  format: z.enum(IMAGE_FORMATS),
  template: z.enum(IMAGE_TEMPLATES),
  fittedFontSize: z.int().positive().describe('Title font size shared by every slide, in pixels.'),
  ellipsized: z.boolean(),
  slides: z.array(renderedImageSchema).min(1).describe('One entry per image, in slide order.'),
});

export type GraphicOutput = z.output<typeof graphicOutputSchema>;

export const imageGraphicTask = defineTask({
  engine: 'image',
  task: 'graphic',
  title: 'Square social graphic',
  description:
    'Square 1080×1080 graphics: a quote card, or a numbered carousel with one image per slide and a consistent ' +
    'font size across slides.',
  input: graphicInputSchema,
  output: graphicOutputSchema,
  produces: { kind: 'graphic', mimeType: 'image/png' },
  example: {
    slides: [
      { title: 'Post less, but better', subtitle: 'Rule 1' },
      { title: 'Batch your filming days', subtitle: 'Rule 2' },
    ],
    template: 'minimal-gradient',
  },
});
