import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import mixPlugin from 'colord/plugins/mix';

extend([a11yPlugin, mixPlugin]);

export interface BrandColors {
  primaryColor?: string;
  accentColor?: string;
  textColor?: string;
}

/** The colours a template paints with, all derived from the brand's. */
export interface Palette {
  primary: string;
  /** A darker primary, for gradients and scrims. */
  deep: string;
  /** A lighter primary tinted towards the accent, for gradients. */
  soft: string;
  accent: string;
  text: string;
  /** Secondary text: the text colour, slightly transparent. */
  muted: string;
  /** Text drawn on the accent colour (badges). */
  onAccent: string;
  /** True when the primary colour is dark (text is light). */
  dark: boolean;
}

export const DEFAULT_PRIMARY = '#1e1b4b';
export const DEFAULT_ACCENT = '#f59e0b';
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#0f172a';

/** White or near-black, whichever contrasts more with `background` (WCAG contrast ratio). */
export function readableOn(background: string): string {
  const color = colord(background);
  return color.contrast(LIGHT_TEXT) >= color.contrast(DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}

export function paletteOf(brand: BrandColors = {}): Palette {
  const primary = colord(brand.primaryColor ?? DEFAULT_PRIMARY);
  const accent = colord(brand.accentColor ?? DEFAULT_ACCENT);
  const text = brand.textColor ?? readableOn(primary.toHex());
  const dark = primary.isDark();
  return {
    primary: primary.toHex(),
    deep: (dark ? primary.darken(0.1) : primary.darken(0.16)).toHex(),
    soft: primary
      .mix(accent, 0.28)
      .lighten(dark ? 0.06 : 0.02)
      .toHex(),
    accent: accent.toHex(),
    text,
    muted: colord(text).alpha(0.82).toRgbString(),
    onAccent: readableOn(accent.toHex()),
    dark,
  };
}

/** `color` at an opacity, as an rgba() string. */
export function withAlpha(color: string, alpha: number): string {
  return colord(color).alpha(alpha).toRgbString();
}
