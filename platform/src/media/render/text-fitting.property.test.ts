import { IMAGE_TEMPLATES } from '@contentflow/events';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANVAS_PRESETS, type CanvasPresetId } from './layout/canvas-presets.ts';
import { contains } from './layout/geometry.ts';
import { LayoutRenderer } from './layout-renderer.ts';
import { inkBounds } from './render-test-support.ts';
import { normalizeDisplayText } from './text/fit-text-block.ts';

const renderer = new LayoutRenderer();
const canvases = Object.keys(CANVAS_PRESETS) as CanvasPresetId[];

const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('the', 'creator', 'économie', 'Vlog', '2026', 'don’t', 'WOW!', '(live)', 'C++'),
  },
  { weight: 2, arbitrary: fc.constantFrom('🔥', '🎉🎉', '👩‍💻', 'tips🔥', '❤️') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('Привет', 'Καλημέρα', 'مرحبا', 'नमस्ते', '東京', 'ラーメン', '브이로그', 'Hà Nội'),
  },
  // Long unbroken words: URLs, hashtags, German compounds, keyboard mashing.
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{15,60}$/) },
);

/** Titles of 1–120 characters: sentences of mixed words, or one unbroken run. */
const title = fc
  .oneof(
    fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' ')),
    fc.stringMatching(/^[a-zA-Z0-9]{1,120}$/),
  )
  .map((text) => [...text].slice(0, 120).join('').trim())
  .filter((text) => text.length > 0);

describe('text fitting (property)', () => {
  test('no title ever draws outside the safe area, and whole titles keep every word intact', async () => {
    await fc.assert(
      fc.asyncProperty(
        title,
        fc.constantFrom(...IMAGE_TEMPLATES),
        fc.constantFrom(...canvases),
        fc.option(fc.constantFrom('Episode 4', 'A subtitle long enough to need two lines in most boxes'), {
          nil: undefined,
        }),
        async (text, template, canvas, subtitle) => {
          const out = await renderer.render({
            template,
            canvas,
            title: text,
            ...(subtitle ? { subtitle } : {}),
            layers: 'overlay',
          });
          const ink = await inkBounds(out.bytes);
          expect(ink, 'the title drew nothing').toBeDefined();
          expect(
            contains(out.safeArea, ink!),
            `ink ${JSON.stringify(ink)} outside ${JSON.stringify(out.safeArea)}`,
          ).toBe(true);
          if (!out.title.ellipsized) {
            // Lines only ever break at spaces or between CJK/Thai words: joined back they hold every character.
            const shown = template === 'bold-title' ? text.toUpperCase() : text;
            expect(out.title.lines.join('').replaceAll(' ', '')).toBe(normalizeDisplayText(shown).replaceAll(' ', ''));
          } else {
            expect(out.title.lines.at(-1)).toMatch(/…$/);
          }
        },
      ),
      // A found counterexample stays as a fixed case: a short title whose "j" hooked left of its box.
      { numRuns: 60, examples: [['j0', 'split-image', 'vertical-video', undefined]] },
    );
  }, 240_000);
});
