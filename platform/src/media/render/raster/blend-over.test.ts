import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blendOver, type RgbCanvas } from './blend-over.ts';
import type { RasterImage } from './raster-image.ts';

/** "Over" pixel by pixel in floating point: what blendOver must equal exactly. */
function reference(canvas: RgbCanvas, layer: RasterImage, x: number, y: number): Buffer {
  const out = Buffer.from(canvas.data);
  for (let row = 0; row < layer.height; row++) {
    for (let column = 0; column < layer.width; column++) {
      const [cx, cy] = [x + column, y + row];
      if (cx < 0 || cy < 0 || cx >= canvas.width || cy >= canvas.height) continue;
      const from = (row * layer.width + column) * 4;
      const alpha = layer.data[from + 3]! / 255;
      for (let channel = 0; channel < 3; channel++) {
        const to = (cy * canvas.width + cx) * 3 + channel;
        const color = layer.premultiplied ? layer.data[from + channel]! : layer.data[from + channel]! * alpha;
        out[to] = Math.round(color + out[to]! * (1 - alpha));
      }
    }
  }
  return out;
}

/** A layer of random pixels: transparent, opaque and in-between alpha, premultiplied when asked. */
const layers = fc
  .record({
    width: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 1, max: 12 }),
    premultiplied: fc.boolean(),
    seed: fc.array(fc.tuple(fc.constantFrom(0, 255, 1, 128, 254), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 144,
    }),
  })
  .map(({ width, height, premultiplied, seed }): RasterImage => {
    const data = Buffer.alloc(width * height * 4);
    for (let pixel = 0; pixel < width * height; pixel++) {
      const [alpha, color] = seed[pixel % seed.length]!;
      for (let channel = 0; channel < 3; channel++) {
        const value = (color + channel * 85) % 256;
        data[pixel * 4 + channel] = premultiplied ? Math.floor((value * alpha) / 255) : value;
      }
      data[pixel * 4 + 3] = alpha;
    }
    return { data, width, height, premultiplied };
  });

describe('blendOver', () => {
  test('equals the floating-point "over", clipped to the canvas, for any layer, alpha and offset', () => {
    fc.assert(
      fc.property(
        layers,
        fc.integer({ min: -6, max: 10 }),
        fc.integer({ min: -6, max: 10 }),
        fc.integer({ min: 0, max: 255 }),
        (layer, x, y, shade) => {
          const canvas = { width: 10, height: 8, data: Buffer.alloc(10 * 8 * 3, shade) };
          const expected = reference(canvas, layer, x, y);
          blendOver(canvas, layer, x, y);
          expect(canvas.data.equals(expected)).toBe(true);
        },
      ),
    );
  });

  test('reads a layer whose pixels do not start on a 32-bit boundary byte by byte, with the same result', () => {
    const aligned = Buffer.alloc(4 * 4 * 4 + 1);
    const pixels = aligned.subarray(1);
    for (let at = 0; at < pixels.length; at += 4) pixels.set([200, 100, 50, at % 8 === 0 ? 255 : 90], at);
    const layer = { data: pixels, width: 4, height: 4, premultiplied: false };
    const canvas = { width: 4, height: 4, data: Buffer.alloc(4 * 4 * 3, 30) };
    const expected = reference(canvas, layer, 0, 0);
    blendOver(canvas, layer);
    expect(canvas.data.equals(expected)).toBe(true);
  });
});
