/** Uncompressed RGBA pixels. Layers drawn by resvg are premultiplied by alpha; decoded images are not. */
export interface RasterImage {
  data: Buffer;
  width: number;
  height: number;
  premultiplied: boolean;
}

/** sharp's description of a RasterImage, for `sharp(data, { raw })` and composite layers. */
export function rawOf(image: RasterImage) {
  return { width: image.width, height: image.height, channels: 4 as const, premultiplied: image.premultiplied };
}
