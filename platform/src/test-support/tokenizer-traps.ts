/**
 * Words that break naive tokenizers, for property tests of anything that reads text: diacritics, hyphens and
 * abbreviations, figures and symbols, scripts without spaces or written right to left, markup, hashtags, mentions
 * and contractions. Tests mix them with plain vocabulary of their own domain.
 */
export const TOKENIZER_TRAPS = [
  'naïve',
  'short-form',
  'U.S.',
  '$10',
  '42%',
  '東京',
  'مرحبا',
  '<b>bold</b>',
  '#tips',
  '@maker',
  "don't",
] as const;
