import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import { EmojiImages } from './emoji-images.ts';
import { CJK_FALLBACK_PACKAGES, type FontFace, type FontWeight, SCRIPT_FALLBACK_PACKAGES } from './font-catalog.ts';
import { type FontSlice, FontsourcePackage } from './fontsource-package.ts';

/** Faces a text is set in, most preferred first; later faces draw the characters earlier ones lack. */
export type FontStack = readonly FontFace[];

/** What satori's `loadAdditionalAsset` option returns: a picture for an emoji, or fonts for other text. */
export type AdditionalAsset = string | Font[];

/** Satori's hook for characters the loaded fonts lack, bound to one render so it can report what failed. */
export interface AdditionalAssetLoader {
  load(languageCode: string, segment: string): Promise<AdditionalAsset>;
  /** Segments nothing could draw, in the order met. */
  readonly unsupported: readonly string[];
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Script fallbacks are drawn at a regular and a bold weight, to sit beside text and headlines. */
const FALLBACK_WEIGHTS: readonly FontWeight[] = [700, 400];

/**
 * The bundled fonts, loaded lazily and kept for the life of the process. Satori caches parsed fonts per `fonts`
 * array, so the same stacks must always get the very same array: building one afresh costs ~100 ms per render.
 */
export class FontLibrary {
  private readonly packages = new Map<string, FontsourcePackage>();
  private readonly fonts = new Map<string, Font>();
  private readonly fontSets = new Map<string, Font[]>();
  private readonly emoji = new EmojiImages();

  /** The CSS `font-family` list of a stack: each face's slices by their unique names. */
  cssFamily(stack: FontStack): string {
    return stack
      .flatMap((face) => this.slicesOf(face))
      .map((slice) => JSON.stringify(slice.name))
      .join(', ');
  }

  /** The weight satori should ask for: the first face's, as that face has it. */
  weightOf(stack: FontStack): FontWeight {
    const [first] = stack;
    if (!first) throw new Error('a font stack needs at least one face');
    return this.package(first.package).nearestWeight(first.weight);
  }

  /** The satori `fonts` option for the stacks of one image, with the script fallbacks after them. */
  fontsFor(stacks: readonly FontStack[]): Font[] {
    const key = stacks.map((stack) => stack.map((face) => `${face.package}@${face.weight}`).join('+')).join('|');
    let set = this.fontSets.get(key);
    if (!set) {
      const fallbacks = SCRIPT_FALLBACK_PACKAGES.flatMap((name) =>
        FALLBACK_WEIGHTS.map((weight) => ({ package: name, weight })),
      );
      const faces = [...stacks.flat(), ...fallbacks];
      const slices = new Map(faces.flatMap((face) => this.slicesOf(face)).map((slice) => [slice.name, slice]));
      set = [...slices.values()].map((slice) => this.font(slice));
      this.fontSets.set(key, set);
    }
    return set;
  }

  /** A loader that brings in CJK slices and emoji pictures as satori meets them. */
  assetLoader(): AdditionalAssetLoader {
    const unsupported: string[] = [];
    return {
      unsupported,
      load: async (languageCode, segment) => {
        if (languageCode === 'emoji') {
          const picture = await this.emojiPicture(segment);
          if (picture === undefined) unsupported.push(segment);
          return picture ?? [];
        }
        const { fonts, missing } = this.cjkFontsFor(segment);
        if (missing.length > 0) unsupported.push(missing);
        return fonts;
      },
    };
  }

  private async emojiPicture(segment: string): Promise<string | undefined> {
    const [first, second] = graphemes.segment(segment);
    if (!first || second) return undefined;
    return this.emoji.dataUri(first.segment);
  }

  private cjkFontsFor(segment: string): { fonts: Font[]; missing: string } {
    const slices = new Map<string, FontSlice>();
    let missing = '';
    for (const character of segment) {
      const codePoint = character.codePointAt(0)!;
      const slice = CJK_FALLBACK_PACKAGES.map((name) => {
        const source = this.package(name);
        return source.slicesHolding(codePoint, source.nearestWeight(400))[0];
      }).find((found) => found !== undefined);
      if (slice) slices.set(slice.name, slice);
      else if (/\S/u.test(character)) missing += character;
    }
    return { fonts: [...slices.values()].map((slice) => this.font(slice)), missing };
  }

  private slicesOf(face: FontFace): FontSlice[] {
    const source = this.package(face.package);
    return source.slicesAt(source.nearestWeight(face.weight));
  }

  private package(name: string): FontsourcePackage {
    let source = this.packages.get(name);
    if (!source) {
      source = new FontsourcePackage(name);
      this.packages.set(name, source);
    }
    return source;
  }

  private font(slice: FontSlice): Font {
    let font = this.fonts.get(slice.name);
    if (!font) {
      font = { name: slice.name, data: readFileSync(slice.file), weight: slice.weight, style: 'normal' };
      this.fonts.set(slice.name, font);
    }
    return font;
  }
}
