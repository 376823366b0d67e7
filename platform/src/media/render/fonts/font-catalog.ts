import type { ImageFontFamily } from '@contentflow/events';

export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

/** A font a text is set in: a fontsource package and one of its weights. */
export interface FontFace {
  package: string;
  weight: FontWeight;
}

export interface FontFamilySpec {
  /** Headlines, most preferred face first: later faces draw the characters earlier ones lack. */
  display: readonly FontFace[];
  /** Subtitles, attributions, badges. */
  text: readonly FontFace[];
  /** Line height of headlines in em; condensed display faces sit tighter. */
  displayLineHeight: number;
  /** Display faces drawn for capitals (Anton) look wrong in mixed case. */
  uppercaseDisplay: boolean;
}

/** Inter has Latin, Cyrillic, Greek and Vietnamese at every weight: every family falls back to it. */
const inter = (weight: FontWeight): FontFace => ({ package: '@fontsource/inter', weight });

/** The families a brand kit may choose (OFL, from fontsource). */
export const FONT_FAMILIES: Record<ImageFontFamily, FontFamilySpec> = {
  inter: { display: [inter(800)], text: [inter(500)], displayLineHeight: 1.08, uppercaseDisplay: false },
  montserrat: {
    display: [{ package: '@fontsource/montserrat', weight: 800 }, inter(800)],
    text: [{ package: '@fontsource/montserrat', weight: 500 }, inter(500)],
    displayLineHeight: 1.1,
    uppercaseDisplay: false,
  },
  anton: {
    display: [{ package: '@fontsource/anton', weight: 400 }, inter(800)],
    text: [inter(600)],
    displayLineHeight: 1.06,
    uppercaseDisplay: true,
  },
  'playfair-display': {
    display: [{ package: '@fontsource/playfair-display', weight: 700 }, inter(700)],
    text: [{ package: '@fontsource/playfair-display', weight: 500 }, inter(500)],
    displayLineHeight: 1.14,
    uppercaseDisplay: false,
  },
};

/** Scripts none of the families draw, each in one small Noto family; satori shapes them with HarfBuzz. */
export const SCRIPT_FALLBACK_PACKAGES = [
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-hebrew',
  '@fontsource/noto-sans-devanagari',
  '@fontsource/noto-sans-thai',
] as const;

/**
 * Chinese, Japanese kana and Korean: variable Noto fonts cut into ~100 unicode-range slices each, loaded slice by
 * slice when a text needs them. Satori draws variable fonts at their default (regular) weight.
 */
export const CJK_FALLBACK_PACKAGES = [
  '@fontsource-variable/noto-sans-sc',
  '@fontsource-variable/noto-sans-kr',
] as const;
