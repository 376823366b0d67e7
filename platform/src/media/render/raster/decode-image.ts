import sharp from 'sharp';
import { ImageUnreadableError } from './image-unreadable-error.ts';
import type { RasterImage } from './raster-image.ts';

/** Raster formats accepted as backgrounds and logos. SVG is refused: it can reference files and hosts. */
export const DECODABLE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const;
const MIN_SIDE = 16;
/** 48 MP: any camera's photo, but not a decompression bomb. */
const MAX_INPUT_PIXELS = 48_000_000;

/**
 * Decodes an image fully (a truncated file fails here, not halfway through a render), applies its EXIF orientation
 * and scales it down to at most `maxSide` px, which is all a layout ever draws.
 * @throws ImageUnreadableError
 */
export async function decodeImage(bytes: Uint8Array, options: { maxSide: number }): Promise<RasterImage> {
  let format: string | undefined;
  try {
    const metadata = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    format = metadata.format;
  } catch (error) {
    throw new ImageUnreadableError(`not a readable image (${(error as Error).message})`, { cause: error });
  }
  if (!DECODABLE_FORMATS.includes(format as (typeof DECODABLE_FORMATS)[number])) {
    throw new ImageUnreadableError(`unsupported image format ${format}; use ${DECODABLE_FORMATS.join(', ')}`);
  }
  try {
    const { data, info } = await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: options.maxSide, height: options.maxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width < MIN_SIDE || info.height < MIN_SIDE) {
      throw new ImageUnreadableError(
        `image is ${info.width}×${info.height}; both sides must be at least ${MIN_SIDE} px`,
      );
    }
    return { data, width: info.width, height: info.height, premultiplied: false };
  } catch (error) {
    if (error instanceof ImageUnreadableError) throw error;
    throw new ImageUnreadableError(`the ${format} image is damaged (${(error as Error).message})`, { cause: error });
  }
}
