import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TWEMOJI_DIR = dirname(fileURLToPath(import.meta.resolve('@twemoji/svg/package.json')));
const VARIATION_SELECTOR_16 = 'fe0f';
const ZERO_WIDTH_JOINER = '\u200d';

/**
 * Colour emoji as Twemoji SVGs (graphics CC-BY 4.0, © Twitter and jdecked), which satori draws as images the size
 * of the text. Files are named by code points; Twemoji drops VS16 from names except inside ZWJ sequences.
 */
export class EmojiImages {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  /** A data URI of the emoji, or undefined when Twemoji has no picture for it. */
  dataUri(grapheme: string): Promise<string | undefined> {
    let found = this.cache.get(grapheme);
    if (!found) {
      found = this.load(grapheme);
      this.cache.set(grapheme, found);
    }
    return found;
  }

  private async load(grapheme: string): Promise<string | undefined> {
    const codePoints = [...grapheme].map((character) => character.codePointAt(0)!.toString(16));
    const withoutSelector = codePoints.filter((codePoint) => codePoint !== VARIATION_SELECTOR_16);
    const names = grapheme.includes(ZERO_WIDTH_JOINER) ? [codePoints, withoutSelector] : [withoutSelector];
    for (const name of names) {
      try {
        const svg = await readFile(`${TWEMOJI_DIR}/${name.join('-')}.svg`);
        return `data:image/svg+xml;base64,${svg.toString('base64')}`;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return undefined;
  }
}
