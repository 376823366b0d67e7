import {
  ellipsizeText,
  type FitRules,
  type FittedText,
  fitText,
  type Grapheme,
  type MeasuredText,
  type TextBox,
  unitsWiderThanBox,
} from './fit-text.ts';
import { measureLines, REFERENCE_SIZE } from './measure-lines.ts';
import { textUnits } from './text-units.ts';
import type { Typeface } from './typeface.ts';

export type TextDirection = 'ltr' | 'rtl';

export interface FittedBlock extends FittedText {
  direction: TextDirection;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** The paragraph direction, from its first letter (the Unicode bidi rule P2 for strong characters, close enough). */
export function textDirection(text: string): TextDirection {
  for (const character of text) {
    if (LETTER.test(character)) return RIGHT_TO_LEFT.test(character) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** Controls and runs of whitespace become single spaces: a title is one paragraph. */
export function normalizeDisplayText(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * Sets a text as large as its box allows: measures its units once with satori, then searches the font size with
 * arithmetic alone. Cutting with "…" is the last resort, taken only when the text does not fit at minSize.
 * @throws UnsupportedTextError when a character has no bundled font or emoji picture.
 */
export async function fitTextBlock(
  text: string,
  typeface: Typeface,
  box: TextBox,
  rules: FitRules,
  options: { uppercase?: boolean } = {},
): Promise<FittedBlock> {
  const normalized = normalizeDisplayText(text);
  const shown = options.uppercase ? normalized.toUpperCase() : normalized;
  const units = textUnits(shown);
  if (units.length === 0) throw new RangeError('the text has nothing to draw');

  const measures = await measureLines([...units.map((unit) => unit.text), ' ', '…'], typeface);
  const perPixel = measures.widths.map((width) => width / REFERENCE_SIZE);
  const measured: MeasuredText = {
    units,
    unitWidths: perPixel.slice(0, units.length),
    spaceWidth: perPixel[units.length]!,
    ellipsisWidth: perPixel[units.length + 1]!,
    contentArea: measures.contentArea,
  };
  const direction = textDirection(shown);
  const whole = fitText(measured, box, rules);
  if (whole) return { ...whole, direction };

  const wide = unitsWiderThanBox(measured, box, rules).map((index) => ({
    index,
    graphemes: [...graphemes.segment(units[index]!.text)].map(({ segment }) => segment),
  }));
  const graphemeMeasures =
    wide.length > 0
      ? await measureLines(
          wide.flatMap((unit) => unit.graphemes),
          typeface,
        )
      : undefined;
  const graphemesOf = new Map<number, Grapheme[]>();
  let offset = 0;
  for (const unit of wide) {
    graphemesOf.set(
      unit.index,
      unit.graphemes.map((grapheme, at) => ({
        text: grapheme,
        width: graphemeMeasures!.widths[offset + at]! / REFERENCE_SIZE,
      })),
    );
    offset += unit.graphemes.length;
  }
  return { ...ellipsizeText(measured, box, rules, graphemesOf), direction };
}
