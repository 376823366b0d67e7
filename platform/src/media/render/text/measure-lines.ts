import satori from 'satori';
import { UnsupportedTextError } from '../fonts/unsupported-text-error.ts';
import type { Typeface } from './typeface.ts';

/** Lines are measured at this font size; advances scale linearly with it. */
export const REFERENCE_SIZE = 100;
/** Wide enough that no line of the longest allowed text wraps at the reference size. */
const MEASURE_WIDTH = 100_000;

export interface LineMeasures {
  /** Advance width of each line at REFERENCE_SIZE, in px. */
  widths: number[];
  /** Tallest ascent + descent of the fonts the lines used, in em: glyphs may reach that far from the baseline. */
  contentArea: number;
}

const ITEM = /<text\b([^>]*)>([^<]*)<\/text>|<image\b([^>]*)\/>/g;
const NUMBER_ATTRIBUTE = /\b(x|width|height)="(-?[\d.]+(?:e[-+]?\d+)?)"/g;

function numbers(attributes: string): Record<string, number> {
  return Object.fromEntries([...attributes.matchAll(NUMBER_ATTRIBUTE)].map(([, name, value]) => [name, Number(value)]));
}

/**
 * Measures lines with satori itself, so widths include its font fallback, HarfBuzz shaping and emoji pictures exactly
 * as the final render will. With `embedFont: false` satori emits one `<text>` (or `<image>`, for an emoji) per shaped
 * run with its x and width instead of glyph outlines, which is ~5× cheaper; a `<text>` holding only a newline ends a
 * line. Throws UnsupportedTextError for characters no bundled font or picture covers.
 */
export async function measureLines(lines: readonly string[], typeface: Typeface): Promise<LineMeasures> {
  const loader = typeface.assetLoader();
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: {
          display: 'flex',
          fontFamily: typeface.fontFamily,
          fontWeight: typeface.fontWeight,
          fontSize: REFERENCE_SIZE,
          whiteSpace: 'pre',
        },
        children: lines.join('\n'),
      },
    },
    {
      width: MEASURE_WIDTH,
      fonts: typeface.fonts,
      embedFont: false,
      pointScaleFactor: 0,
      loadAdditionalAsset: loader.load,
    },
  );
  if (loader.unsupported.length > 0) throw new UnsupportedTextError(loader.unsupported);

  const extents = lines.map(() => ({ left: Number.POSITIVE_INFINITY, right: Number.NEGATIVE_INFINITY }));
  let line = 0;
  let contentHeight = 0;
  for (const [, textAttributes, content, imageAttributes] of svg.matchAll(ITEM)) {
    if (content === '\n') {
      line += 1;
      continue;
    }
    const { x = 0, width = 0, height = 0 } = numbers(textAttributes ?? imageAttributes ?? '');
    const extent = extents[line];
    if (!extent) throw new Error(`satori laid out more lines than the ${lines.length} measured`);
    extent.left = Math.min(extent.left, x);
    extent.right = Math.max(extent.right, x + width);
    if (textAttributes !== undefined) contentHeight = Math.max(contentHeight, height);
  }
  if (line !== lines.length - 1)
    throw new Error(`satori laid out ${line + 1} lines where ${lines.length} were measured`);
  return {
    widths: extents.map(({ left, right }) => (right > left ? right - left : 0)),
    contentArea: contentHeight / REFERENCE_SIZE,
  };
}
