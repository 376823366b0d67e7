/** Scripts named in error messages; a character in none of them is reported by its code point. */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bengali',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Gujarati',
  'Gurmukhi',
  'Oriya',
  'Sinhala',
  'Khmer',
  'Lao',
  'Myanmar',
  'Tibetan',
  'Ethiopic',
  'Georgian',
  'Armenian',
  'Cherokee',
  'Mongolian',
  'Syriac',
  'Thaana',
  'Tifinagh',
  'Canadian_Aboriginal',
  'Yi',
  'Javanese',
  'Runic',
  'Ogham',
  'Coptic',
  'Glagolitic',
  'Braille',
].map((name) => ({ name: name.replace('_', ' '), pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

const EMOJI = /\p{Extended_Pictographic}/u;

/** The scripts of the characters of `text`, in order of first appearance. */
export function scriptsOf(text: string): string[] {
  const names = new Set<string>();
  for (const character of text) {
    if (EMOJI.test(character)) {
      names.add('emoji');
      continue;
    }
    const script = SCRIPTS.find(({ pattern }) => pattern.test(character));
    names.add(script ? script.name : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...names];
}
