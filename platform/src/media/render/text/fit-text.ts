import { joinUnits, type TextUnit } from './text-units.ts';

/** Where a text must fit, in px. */
export interface TextBox {
  width: number;
  height: number;
}

export interface FitRules {
  /** Font sizes in px; the largest that fits is chosen. */
  minSize: number;
  maxSize: number;
  /** Line height in em. */
  lineHeight: number;
  maxLines: number;
}

/** A text's units with their advance widths for a 1 px font size (widths scale linearly with the size). */
export interface MeasuredText {
  units: readonly TextUnit[];
  unitWidths: readonly number[];
  spaceWidth: number;
  ellipsisWidth: number;
  /** Ascent + descent of its fonts in em: glyphs reach this far, which may be past a tight line box. */
  contentArea: number;
}

/** A grapheme of a unit too wide for any line, with its width at 1 px: where such a unit is cut. */
export interface Grapheme {
  text: string;
  width: number;
}

export interface FittedText {
  fontSize: number;
  lineHeightPx: number;
  lines: string[];
  /** True when the text could not fit even at minSize and its end was replaced by "…". */
  ellipsized: boolean;
  /** Room kept above/below and beside the lines so glyphs that reach past their line boxes stay inside the box. */
  padding: { block: number; inline: number };
  /** The block's height: its lines plus the padding; never more than the box's. */
  height: number;
}

const ELLIPSIS = '…';
/** Side bearings may reach past a glyph's advance: a bold "j" hooks about 0.1 em left of its origin. */
const INLINE_INK_EM = 0.12;

interface Geometry {
  size: number;
  lineHeightPx: number;
  padding: { block: number; inline: number };
  width: number;
  maxLines: number;
}

function geometry(measured: MeasuredText, box: TextBox, rules: FitRules, size: number): Geometry {
  const lineHeightPx = Math.round(rules.lineHeight * size);
  const block = Math.ceil(Math.max(0, (measured.contentArea * size - lineHeightPx) / 2));
  const inline = Math.ceil(INLINE_INK_EM * size);
  return {
    size,
    lineHeightPx,
    padding: { block, inline },
    // Satori rounds each line's width up to a whole pixel.
    width: box.width - 2 * inline - 1,
    maxLines: Math.min(rules.maxLines, Math.floor((box.height - 2 * block) / lineHeightPx)),
  };
}

/** Greedy line breaking at a given width; undefined when a unit is wider than a line. */
function wrap(measured: MeasuredText, size: number, width: number): TextUnit[][] | undefined {
  const lines: TextUnit[][] = [];
  let line: TextUnit[] = [];
  let lineWidth = 0;
  for (const [index, unit] of measured.units.entries()) {
    const unitWidth = measured.unitWidths[index]! * size;
    if (unitWidth > width) return undefined;
    const gap = line.length > 0 && unit.spaceBefore ? measured.spaceWidth * size : 0;
    if (line.length > 0 && lineWidth + gap + unitWidth > width) {
      lines.push(line);
      line = [unit];
      lineWidth = unitWidth;
    } else {
      line.push(unit);
      lineWidth += gap + unitWidth;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function fitsAt(measured: MeasuredText, box: TextBox, rules: FitRules, size: number): boolean {
  const shape = geometry(measured, box, rules, size);
  if (shape.maxLines < 1) return false;
  const lines = wrap(measured, size, shape.width);
  return lines !== undefined && lines.length <= shape.maxLines;
}

/** The narrowest width that keeps the same number of lines: evens out line lengths (CSS `text-wrap: balance`). */
function balance(measured: MeasuredText, size: number, width: number): TextUnit[][] {
  const lines = wrap(measured, size, width)!;
  if (lines.length < 2) return lines;
  let narrow = Math.max(...measured.unitWidths) * size;
  let wide = width;
  while (wide - narrow > 0.5) {
    const middle = (narrow + wide) / 2;
    const candidate = wrap(measured, size, middle);
    if (candidate && candidate.length <= lines.length) wide = middle;
    else narrow = middle;
  }
  return wrap(measured, size, wide)!;
}

function fitted(shape: Geometry, lines: string[], ellipsized: boolean): FittedText {
  return {
    fontSize: shape.size,
    lineHeightPx: shape.lineHeightPx,
    lines,
    ellipsized,
    padding: shape.padding,
    height: lines.length * shape.lineHeightPx + 2 * shape.padding.block,
  };
}

/**
 * The largest font size at which the whole text fits the box in at most maxLines lines without breaking a unit,
 * found by binary search, with balanced lines; undefined when it does not fit even at minSize.
 */
export function fitText(measured: MeasuredText, box: TextBox, rules: FitRules): FittedText | undefined {
  let low = Math.ceil(rules.minSize);
  let high = Math.floor(rules.maxSize);
  if (!fitsAt(measured, box, rules, low)) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsAt(measured, box, rules, middle)) low = middle;
    else high = middle - 1;
  }
  const shape = geometry(measured, box, rules, low);
  return fitted(shape, balance(measured, low, shape.width).map(joinUnits), false);
}

/** Indexes of the units wider than a line even at minSize: the only ones ellipsizing may cut inside. */
export function unitsWiderThanBox(measured: MeasuredText, box: TextBox, rules: FitRules): number[] {
  const shape = geometry(measured, box, rules, rules.minSize);
  return measured.unitWidths.flatMap((width, index) => (width * shape.size > shape.width ? [index] : []));
}

/** Part of a line being built for ellipsizing, its width in px. */
interface Piece {
  text: string;
  width: number;
  spaceBefore: boolean;
}

function piecesWidth(pieces: readonly Piece[], space: number): number {
  return pieces.reduce((total, piece, index) => total + piece.width + (index > 0 && piece.spaceBefore ? space : 0), 0);
}

function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((piece, index) => (index > 0 && piece.spaceBefore ? ` ${piece.text}` : piece.text)).join('');
}

/**
 * The last resort, at minSize: as many whole units as the lines hold, then "…". A unit wider than any line is cut
 * between graphemes (`graphemesOf` must hold every index `unitsWiderThanBox` returned); other units are never cut.
 */
export function ellipsizeText(
  measured: MeasuredText,
  box: TextBox,
  rules: FitRules,
  graphemesOf: ReadonlyMap<number, readonly Grapheme[]>,
): FittedText {
  const shape = geometry(measured, box, rules, rules.minSize);
  if (shape.maxLines < 1)
    throw new RangeError(`a ${box.width}×${box.height} box cannot hold a line at ${shape.size}px`);
  const space = measured.spaceWidth * shape.size;
  const ellipsis: Piece = { text: ELLIPSIS, width: measured.ellipsisWidth * shape.size, spaceBefore: false };
  const lines: Piece[][] = [[]];
  const last = () => lines.at(-1)!;
  const fitsOn = (line: readonly Piece[], piece: Piece) => piecesWidth([...line, piece], space) <= shape.width;

  for (const [index, unit] of measured.units.entries()) {
    const piece = { text: unit.text, width: measured.unitWidths[index]! * shape.size, spaceBefore: unit.spaceBefore };
    if (fitsOn(last(), piece)) {
      last().push(piece);
      continue;
    }
    if (piece.width <= shape.width && lines.length < shape.maxLines) {
      lines.push([piece]);
      continue;
    }
    // The text ends here. A unit no line can hold is cut to fill what is left of this line, or of a fresh one.
    const graphemes = graphemesOf.get(index);
    if (graphemes?.[0]) {
      const first = { text: graphemes[0].text, width: graphemes[0].width * shape.size, spaceBefore: unit.spaceBefore };
      if (!fitsOn([...last(), first], ellipsis) && lines.length < shape.maxLines) lines.push([]);
      const cut: Piece = { text: '', width: 0, spaceBefore: unit.spaceBefore };
      for (const grapheme of graphemes) {
        const longer = { ...cut, text: cut.text + grapheme.text, width: cut.width + grapheme.width * shape.size };
        if (!fitsOn([...last(), longer], ellipsis)) break;
        Object.assign(cut, longer);
      }
      if (cut.text) last().push(cut);
    }
    while (last().length > 0 && !fitsOn(last(), ellipsis)) last().pop();
    last().push(ellipsis);
    return fitted(shape, lines.map(piecesText), true);
  }
  throw new Error('ellipsizeText was called for a text that fits');
}
