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

/** Portrait sizes: the 4:5 feed post and the 9:16 story/reel cover. */
export const POSTER_SIZES = ['1080x1350', '1080x1920'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

export const posterInputSchema = z.strictObject({
  title: displayTextSchema('title', MAX_TITLE_LENGTH).describe('Headline, fitted as large as its box allows.'),
  subtitle: displayTextSchema('subtitle', MAX_SUBTITLE_LENGTH).optional().describe('Smaller line under the title.'),
  size: z
    .enum(POSTER_SIZES, { error: `size must be one of ${POSTER_SIZES.join(', ')}` })
    .default('1080x1350')
    .describe('1080x1350: 4:5 feed post. 1080x1920: 9:16 story, reel or short cover (keeps clear of their UI).'),
  template: z.enum(IMAGE_TEMPLATES).default('bold-title').describe('Layout to render.'),
  ...imageStyleFields,
});

export type PosterInput = z.input<typeof posterInputSchema>;
export type ValidPosterInput = z.output<typeof posterInputSchema>;

export const imagePosterTask = defineTask({
  engine: 'image',
  task: 'poster',
  title: 'Portrait poster',
  description:
    'A portrait poster (1080×1350 feed post or 1080×1920 story cover), with text kept inside the safe area of ' +
    'Instagram, TikTok and YouTube Shorts overlays.',
  input: posterInputSchema,
  output: renderedImageSchema,
  produces: { kind: 'poster', mimeType: 'image/png' },
  example: { title: 'Launch week starts Monday', subtitle: 'Follow for daily drops', size: '1080x1920' },
});
