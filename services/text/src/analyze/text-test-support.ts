import fc from 'fast-check';

/** Pieces that stress tokenization: contractions, hyphens, abbreviations, figures, emoji, odd spaces. */
const FRAGMENTS = [
  'word',
  'The',
  'cat',
  'isn’t',
  "can't",
  'well-known',
  'Dr.',
  'U.S.',
  'e.g.',
  '3.5',
  '$10',
  '9%',
  '1st',
  'https://example.com',
  'a@b.co',
  '#seo',
  '@bob',
  '🎉',
  ':)',
  '—',
  '...',
  '.',
  '!',
  '?',
  ',',
  ';',
  '"',
  '(',
  ')',
  'naïve',
  'Straße',
  '東京',
  'مرحبا',
  '\u200b',
  '\u00a0',
  '\u2028',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings mixing prose-like fragments with arbitrary code points and lone surrogates. */
export const textArbitrary: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: loneSurrogate },
  ),
  minLength: 1,
  maxLength: 80,
});

/** Texts the input schema accepts. */
export const validTextArbitrary: fc.Arbitrary<string> = textArbitrary.filter((text) => /\S/.test(text));
