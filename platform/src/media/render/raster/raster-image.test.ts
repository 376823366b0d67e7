import { describe, expect, test } from 'vitest';
import { releasePixels } from './raster-image.ts';

describe('releasePixels', () => {
  test('empties an image whose pixels own their memory', () => {
    const image = { data: Buffer.alloc(64 * 64 * 4, 7), width: 64, height: 64, premultiplied: false };
    releasePixels(image);
    expect(image.data.length).toBe(0);
    expect(image.data.buffer.byteLength).toBe(0);
  });

  test('leaves pixels that are a view into shared memory, and that memory, untouched', () => {
    const shared = Buffer.alloc(1024, 9);
    const image = { data: shared.subarray(0, 512), width: 8, height: 16, premultiplied: false };
    releasePixels(image);
    expect(image.data.length).toBe(512);
    expect(shared.every((byte) => byte === 9)).toBe(true);
  });
});
