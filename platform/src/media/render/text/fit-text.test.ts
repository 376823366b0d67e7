import { describe, expect, test } from 'vitest';
import { ellipsizeText, type FitRules, fitText, type MeasuredText, unitsWiderThanBox } from './fit-text.ts';
import { textUnits } from './text-units.ts';

/** A monospaced fake font: every character 0.5 em wide, spaces too; glyphs 1.2 em tall. */
function measured(text: string): MeasuredText {
  const units = textUnits(text);
  return {
    units,
    unitWidths: units.map((unit) => [...unit.text].length * 0.5),
    spaceWidth: 0.5,
    ellipsisWidth: 0.5,
    contentArea: 1.2,
  };
}

const rules: FitRules = { minSize: 10, maxSize: 100, lineHeight: 1, maxLines: 3 };
const lineWidth = (line: string, size: number) => [...line].length * 0.5 * size;

describe('fitText', () => {
  test('picks the largest size whose lines fit the box, and no larger', () => {
    const box = { width: 400, height: 300 };
    const fit = fitText(measured('one two three four five six'), box, rules)!;
    expect(fit.ellipsized).toBe(false);
    const inner = box.width - 2 * fit.padding.inline - 1;
    for (const line of fit.lines) expect(lineWidth(line, fit.fontSize)).toBeLessThanOrEqual(inner);
    expect(fit.height).toBeLessThanOrEqual(box.height);
    expect(fit.lines.join(' ')).toBe('one two three four five six');
    // One pixel larger no longer fits.
    const bigger = fitText(measured('one two three four five six'), box, { ...rules, minSize: fit.fontSize + 1 });
    expect(bigger).toBeUndefined();
  });

  test('balances lines instead of leaving a short last line', () => {
    const fit = fitText(measured('aaaa bbbb cccc dddd eeee'), { width: 1000, height: 150 }, { ...rules, maxSize: 60 })!;
    const lengths = fit.lines.map((line) => line.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(5);
  });

  test('keeps the glyph overhang of a tight line height inside the box', () => {
    const fit = fitText(measured('word'), { width: 1000, height: 100 }, { ...rules, lineHeight: 1 })!;
    // 1.2 em of glyph on a 1 em line: 0.1 em above and below must be left free.
    expect(fit.padding.block).toBeGreaterThanOrEqual(Math.ceil(0.1 * fit.fontSize));
    expect(fit.height).toBeLessThanOrEqual(100);
  });

  test('never breaks a word: a word wider than the box at minSize means no fit', () => {
    expect(fitText(measured('x'.repeat(200)), { width: 400, height: 300 }, rules)).toBeUndefined();
  });
});

describe('ellipsizeText (last resort)', () => {
  const box = { width: 200, height: 15 };

  test('keeps whole words and ends with an ellipsis that fits', () => {
    const text = measured('alpha beta gamma delta epsilon zeta eta theta iota kappa');
    const fit = ellipsizeText(text, box, rules, new Map());
    expect(fit.ellipsized).toBe(true);
    expect(fit.fontSize).toBe(rules.minSize);
    expect(fit.lines.at(-1)).toMatch(/…$/);
    const words = fit.lines.join(' ').replace('…', '').split(' ');
    for (const word of words)
      expect('alpha beta gamma delta epsilon zeta eta theta iota kappa'.split(' ')).toContain(word);
    for (const line of fit.lines) expect(lineWidth(line, fit.fontSize)).toBeLessThanOrEqual(box.width);
  });

  test('cuts a word wider than any line between graphemes', () => {
    const text = measured(`short ${'y'.repeat(80)}`);
    const wide = unitsWiderThanBox(text, box, rules);
    expect(wide).toEqual([1]);
    const graphemes = new Map([[1, [...'y'.repeat(80)].map((character) => ({ text: character, width: 0.5 }))]]);
    const fit = ellipsizeText(text, box, rules, graphemes);
    expect(fit.lines).toHaveLength(1);
    expect(fit.lines[0]).toMatch(/^short y+…$/);
    expect(lineWidth(fit.lines[0]!, fit.fontSize)).toBeLessThanOrEqual(box.width - 2 * fit.padding.inline - 1);
  });
});
