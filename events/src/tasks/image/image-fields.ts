import { z } from 'zod';
import { blobKeySchema } from '../../fields.ts';

/** Layouts every image task can render; the renderer implements exactly this list. */
export const IMAGE_TEMPLATES = ['bold-title', 'split-image', 'quote-card', 'minimal-gradient'] as const;
export type ImageTemplate = (typeof IMAGE_TEMPLATES)[number];

/** Bundled OFL font families a brand kit may choose; non-Latin scripts fall back to bundled Noto fonts. */
export const IMAGE_FONT_FAMILIES = ['inter', 'montserrat', 'anton', 'playfair-display'] as const;
export type ImageFontFamily = (typeof IMAGE_FONT_FAMILIES)[number];

export const IMAGE_FORMATS = ['png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const IMAGE_MIME_TYPES: Record<ImageFormat, string> = { png: 'image/png', webp: 'image/webp' };

/** Long enough for any real headline; beyond this a thumbnail is unreadable whatever the font size. */
export const MAX_TITLE_LENGTH = 150;
export const MAX_SUBTITLE_LENGTH = 200;
/** A quote card holds a tweet-length quote. */
export const MAX_QUOTE_LENGTH = 280;
export const MAX_BACKGROUND_PROMPT_LENGTH = 500;

const hasVisibleCharacter = (value: string): boolean => /[^\s\p{Cc}\p{Cf}]/u.test(value);

/** A line of display text: trimmed, bounded, and holding something that can be drawn. */
export function displayTextSchema(field: string, maxLength: number) {
  return z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} must not be empty or whitespace only`, abort: true })
    .max(maxLength, `${field} must be at most ${maxLength} characters long`)
    .refine(hasVisibleCharacter, `${field} must contain a visible character`);
}

const hexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #RRGGBB')
  .transform((value) => value.toLowerCase());

export const brandKitSchema = z
  .strictObject({
    primaryColor: hexColorSchema.optional().describe('Main background colour, #RRGGBB. Default #1e1b4b.'),
    accentColor: hexColorSchema.optional().describe('Highlights, bars and badges, #RRGGBB. Default #f59e0b.'),
    textColor: hexColorSchema
      .optional()
      .describe('Text colour, #RRGGBB. Default: white or near-black, whichever reads better on the primary colour.'),
    fontFamily: z
      .enum(IMAGE_FONT_FAMILIES)
      .optional()
      .describe(
        "Headline font; each template has its own default (bold-title: 'inter', quote-card: 'playfair-display').",
      ),
    logoBlobKey: blobKeySchema
      .optional()
      .describe(
        'Blob key of the logo (PNG, JPEG or WebP) uploaded by this tenant; drawn in a corner of the safe area.',
      ),
  })
  .describe("The tenant's brand kit: colours, font and logo applied to every template.");

export type BrandKit = z.output<typeof brandKitSchema>;

/** Fields every image task shares: how it looks and where its background comes from. */
export const imageStyleFields = {
  format: z.enum(IMAGE_FORMATS).default('png').describe('Output file format.'),
  brand: brandKitSchema.optional(),
  backgroundBlobKey: blobKeySchema
    .optional()
    .describe(
      'Blob key of an image this tenant uploaded (POST /api/v1/uploads, `<tenantId>/uploads/<id>.<ext>`) to use as ' +
        'the background; it takes precedence over a generated one.',
    ),
  backgroundPrompt: z
    .string()
    .trim()
    .min(1)
    .max(
      MAX_BACKGROUND_PROMPT_LENGTH,
      `backgroundPrompt must be at most ${MAX_BACKGROUND_PROMPT_LENGTH} characters long`,
    )
    .optional()
    .describe(
      'What a generative image provider (Amazon Nova Canvas) should paint behind the text; defaults to one derived ' +
        'from the title. Offline, backgrounds are procedural and this is ignored.',
    ),
} as const;
