import { scriptsOf } from './script-names.ts';

/**
 * The text holds characters no bundled font can draw. Raised instead of rendering them as empty boxes ("tofu"),
 * naming the scripts so the caller knows what to change.
 */
export class UnsupportedTextError extends Error {
  override readonly name = 'UnsupportedTextError';
  readonly characters: string;
  readonly scripts: readonly string[];

  constructor(segments: readonly string[]) {
    const characters = [...new Set([...segments.join('')])].join('');
    const scripts = scriptsOf(characters);
    super(
      `no bundled font can draw ${JSON.stringify(characters.slice(0, 40))} (${scripts.join(', ')}); supported: ` +
        'Latin, Cyrillic, Greek, Vietnamese, Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean and emoji',
    );
    this.characters = characters;
    this.scripts = scripts;
  }
}
