import { z } from 'zod';

/**
 * The checks behind the SEO score, after Yoast SEO's published content-analysis assessments (yoast.com, "Yoast SEO
 * content analysis"): each applies only when its inputs are there (a title, a keyword, Markdown headings).
 */
export const SEO_CHECK_IDS = [
  'text-length',
  'title-length',
  'meta-description-length',
  'keyword-in-title',
  'keyword-in-meta-description',
  'keyword-in-introduction',
  'keyword-density',
  'keyword-in-subheadings',
  'heading-structure',
  'readability',
  'passive-voice',
  'sentence-length',
  'paragraph-length',
] as const;
export type SeoCheckId = (typeof SEO_CHECK_IDS)[number];

/** A title reads in full in a search result up to about 60 characters (600 pixels); under 30 wastes the space. */
export const TITLE_LENGTH_RANGE = { min: 30, max: 60 } as const;
/** Search engines show about 155–160 characters of a meta description; 120 is the least that fills the snippet. */
export const META_DESCRIPTION_RANGE = { min: 120, max: 156 } as const;

/** Worth 1, ½ and 0 of a check in the score. */
export const SEO_CHECK_STATUSES = ['good', 'improve', 'problem'] as const;
export type SeoCheckStatus = (typeof SEO_CHECK_STATUSES)[number];

const seoCheckSchema = z.object({
  id: z.enum(SEO_CHECK_IDS),
  status: z.enum(SEO_CHECK_STATUSES),
  message: z.string().min(1).describe('What was found, with the figures, and what to do when it is not good.'),
});

export const seoSchema = z
  .object({
    score: z.int().min(0).max(100).describe('Mean of the applicable checks (good 1, improve ½, problem 0) × 100.'),
    title: z
      .object({
        text: z.string().min(1),
        source: z.enum(['input', 'h1']).describe('The `title` given, or the Markdown text’s first H1.'),
        characters: z.int().nonnegative(),
      })
      .optional()
      .describe('The title checked, when there is one.'),
    checks: z.array(seoCheckSchema),
    suggestions: z.array(z.string().min(1)).describe('The messages of the checks that are not good, worst first.'),
  })
  .describe('Search-engine readiness: a 0–100 score and concrete suggestions.');

export type Seo = z.infer<typeof seoSchema>;
export type SeoCheck = z.infer<typeof seoCheckSchema>;
