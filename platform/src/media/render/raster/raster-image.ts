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

/**
 * Gives an image's pixels back now, when they own their memory: V8 counts them as external memory and frees them
 * only at a full garbage collection, which megabytes per render made run every few renders. The image is empty
 * afterwards; a view into shared memory is left alone.
 */
export function releasePixels(image: RasterImage): void {
  const { buffer, byteOffset, byteLength } = image.data;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) buffer.transfer(0);
}
