/**
 * Layout rendering shared by the image and video engines: templates, brand kits, text fitting, safe areas.
 * A subpath export (`@contentflow/platform/render`) because it loads satori, resvg, sharp and fonts.
 */
export { FONT_FAMILIES, type FontFamilySpec } from './fonts/font-catalog.ts';
export { UnsupportedTextError } from './fonts/unsupported-text-error.ts';
export { CANVAS_PRESETS, type Canvas, type CanvasPresetId, canvasOf } from './layout/canvas-presets.ts';
export type { Rect } from './layout/geometry.ts';
export { DEFAULT_ACCENT, DEFAULT_PRIMARY } from './layout/palette.ts';
export {
  type FittedLayout,
  type FittedTextSummary,
  type LayoutBrand,
  LayoutRenderer,
  type LayoutRequest,
  type RenderedLayout,
} from './layout-renderer.ts';
export { DECODABLE_FORMATS, decodeImage } from './raster/decode-image.ts';
export { ImageUnreadableError } from './raster/image-unreadable-error.ts';
export type { RasterImage } from './raster/raster-image.ts';
