import { renderAsync } from '@resvg/resvg-js';
import type { RasterImage } from './raster-image.ts';

/**
 * Draws an SVG with resvg on the libuv thread pool, so the event loop stays free. System fonts are not loaded:
 * satori's SVG carries its glyphs as paths and backdrops hold no text. (resvg's own abort hook takes a napi-rs
 * signal, not a DOM AbortSignal; a render lasts milliseconds, so callers check theirs between steps instead.)
 */
export async function rasterizeSvg(svg: string): Promise<RasterImage> {
  const rendered = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return { data: rendered.pixels, width: rendered.width, height: rendered.height, premultiplied: true };
}
