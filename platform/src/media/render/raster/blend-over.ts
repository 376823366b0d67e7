import type { RasterImage } from './raster-image.ts';

/** Opaque pixels as packed RGB: what layers are flattened onto and what is encoded. */
export interface RgbCanvas {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Draws `layer` over an opaque RGB canvas at (x, y), in place: the Porter–Duff "over" of a premultiplied (or
 * straight, premultiplied here) RGBA layer. Hand-written because sharp's composite blends every pixel in floating
 * point (~25 ms for 1280×720), while overlays are mostly empty: transparent pixels are skipped and opaque ones
 * copied, which makes this ~10× cheaper.
 */
export function blendOver(canvas: RgbCanvas, layer: RasterImage, x = 0, y = 0): void {
  const source = layer.data;
  const left = Math.max(0, x);
  const right = Math.min(canvas.width, x + layer.width);
  const top = Math.max(0, y);
  const bottom = Math.min(canvas.height, y + layer.height);
  for (let row = top; row < bottom; row++) {
    let from = ((row - y) * layer.width + (left - x)) * 4;
    let to = (row * canvas.width + left) * 3;
    for (let column = left; column < right; column++, from += 4, to += 3) {
      const alpha = source[from + 3]!;
      if (alpha === 0) continue;
      if (alpha === 255) {
        canvas.data[to] = source[from]!;
        canvas.data[to + 1] = source[from + 1]!;
        canvas.data[to + 2] = source[from + 2]!;
        continue;
      }
      const keep = 255 - alpha;
      const scale = layer.premultiplied ? 255 : alpha;
      for (let channel = 0; channel < 3; channel++) {
        const color = (source[from + channel]! * scale) / 255;
        canvas.data[to + channel] = Math.round(color + (canvas.data[to + channel]! * keep) / 255);
      }
    }
  }
}

/** The RGB pixels of an opaque RGBA image, as a canvas to draw on. */
export function opaqueCanvas(image: RasterImage): RgbCanvas {
  const data = Buffer.allocUnsafe(image.width * image.height * 3);
  for (let from = 0, to = 0; to < data.length; from += 4, to += 3) {
    data[to] = image.data[from]!;
    data[to + 1] = image.data[from + 1]!;
    data[to + 2] = image.data[from + 2]!;
  }
  return { data, width: image.width, height: image.height };
}
