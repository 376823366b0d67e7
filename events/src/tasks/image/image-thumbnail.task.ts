import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  displayTextSchema,
  IMAGE_TEMPLATES,
  imageStyleFields,
  MAX_SUBTITLE_LENGTH,
  MAX_TITLE_LENGTH,
} from './image-fields.ts';
import { renderedImageSchema } from './image-render.output.ts';

export const thumbnailInputSchema = z.strictObject({
  title: displayTextSchema('title', MAX_TITLE_LENGTH).describe('Headline, fitted as large as its box allows.'),
  subtitle: displayTextSchema('subtitle', MAX_SUBTITLE_LENGTH).optional().describe('Smaller line under the title.'),
  template: z.enum(IMAGE_TEMPLATES).default('bold-title').describe('Layout to render.'),
  ...imageStyleFields,
});

export type ThumbnailInput = z.input<typeof thumbnailInputSchema>;
export type ValidThumbnailInput = z.output<typeof thumbnailInputSchema>;

export const imageThumbnailTask = defineTask({
  engine: 'image',
  task: 'thumbnail',
  title: 'Video thumbnail',
  description:
    'A 1280×720 YouTube thumbnail (PNG or WebP): title and subtitle fitted into the area the player UI leaves free, ' +
    'in the brand colours and font, over a procedural, uploaded or generated background.',
  input: thumbnailInputSchema,
  output: renderedImageSchema,
  produces: { kind: 'thumbnail', mimeType: 'image/png' },
  example: { title: 'I tried 7 editing apps so you do not have to', subtitle: 'Honest review, 2026', format: 'png' },
});
