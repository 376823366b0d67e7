import { z } from 'zod';

/** Long enough for a long-form article; bounds the work one analysis can cost. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_KEYWORD_LENGTH = 100;
/** Far past any title a search engine shows (about 60 characters), short of a paragraph pasted by mistake. */
export const MAX_PAGE_TITLE_LENGTH = 300;
/** Search engines show about 155 characters of a meta description; 1,000 leaves room for drafts. */
export const MAX_META_DESCRIPTION_LENGTH = 1_000;

export const TEXT_FORMATS = ['plain', 'markdown'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const hasNonWhitespace = (value: string): boolean => /\S/.test(value);
const hasLetterOrDigit = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);

/** A page's title or meta description: trimmed, bounded, holding a letter or digit. */
function pageFieldSchema(field: string, maxLength: number) {
  return z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} must not be empty or whitespace only`, abort: true })
    .max(maxLength, `${field} must be at most ${maxLength.toLocaleString('en-US')} characters long`)
    .refine(hasLetterOrDigit, `${field} must contain at least one letter or digit`);
}

export const textFormatSchema = z.enum(TEXT_FORMATS, { error: `format must be one of ${TEXT_FORMATS.join(', ')}` });

/**
 * What `text.analyze` is asked to look at: the text, and optionally the page around it (title, meta description)
 * and its format. Unknown keys are stripped so older callers keep working.
 */
export const analyzeTextInputSchema = z.object({
  text: z
    .string({ error: 'text must be a string' })
    .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters long`)
    .refine(hasNonWhitespace, 'text must not be empty or whitespace only')
    .describe('Plain text to analyse; paragraphs are separated by blank lines.'),
  keyword: z
    .string({ error: 'keyword must be a string' })
    .trim()
    .min(1, { error: 'keyword must not be empty or whitespace only', abort: true })
    .max(MAX_KEYWORD_LENGTH, `keyword must be at most ${MAX_KEYWORD_LENGTH} characters long`)
    .refine(hasLetterOrDigit, 'keyword must contain at least one letter or digit')
    .optional()
    .describe('Focus keyword or keyphrase to measure (occurrences, density, placement); matched case-insensitively.'),
  title: pageFieldSchema('title', MAX_PAGE_TITLE_LENGTH)
    .optional()
    .describe("The page's SEO title, checked for length and the keyword; defaults to a Markdown text's first H1."),
  metaDescription: pageFieldSchema('metaDescription', MAX_META_DESCRIPTION_LENGTH)
    .optional()
    .describe("The page's meta description, checked for length and the keyword."),
  format: textFormatSchema
    .optional()
    .describe(
      '`plain` (the default) or `markdown`: Markdown syntax is then left out of the counts, and headings are ' +
        'checked (one H1, no skipped levels, the keyword in subheadings).',
    ),
});

export type AnalyzeTextInput = z.input<typeof analyzeTextInputSchema>;
export type ValidAnalyzeTextInput = z.output<typeof analyzeTextInputSchema>;
