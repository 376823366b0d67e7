import { IMAGE_TEMPLATES } from '@contentflow/events';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { UnsupportedTextError } from './fonts/unsupported-text-error.ts';
import { CANVAS_PRESETS, type CanvasPresetId } from './layout/canvas-presets.ts';
import { contains } from './layout/geometry.ts';
import { LayoutRenderer } from './layout-renderer.ts';
import { decodeImage } from './raster/decode-image.ts';
import { ImageUnreadableError } from './raster/image-unreadable-error.ts';
import type { RasterImage } from './raster/raster-image.ts';
import { inkBounds, pixelAt, solidPng } from './render-test-support.ts';

const renderer = new LayoutRenderer();
const canvases = Object.keys(CANVAS_PRESETS) as CanvasPresetId[];
let photo: RasterImage;
let logo: RasterImage;

beforeAll(async () => {
  photo = await decodeImage(await solidPng(1600, 900, '#3a7bd5'), { maxSide: 2048 });
  logo = await decodeImage(await solidPng(400, 120, '#ffffff'), { maxSide: 512 });
});

describe('LayoutRenderer', () => {
  test.each(IMAGE_TEMPLATES)('%s renders a real PNG and WebP of every canvas size', async (template) => {
    for (const [index, canvas] of canvases.entries()) {
      const format = index % 2 === 0 ? 'png' : 'webp';
      const out = await renderer.render({
        template,
        canvas,
        title: 'Seven habits of creators',
        subtitle: 'Part 2',
        format,
      });
      const metadata = await sharp(out.bytes).metadata();
      expect(metadata).toMatchObject({
        format,
        width: CANVAS_PRESETS[canvas].width,
        height: CANVAS_PRESETS[canvas].height,
      });
      expect(out).toMatchObject({ format, mimeType: `image/${format}`, template, ellipsized: false });
      expect(out.title.lines.join(' ')).toBe(
        template === 'bold-title' ? 'SEVEN HABITS OF CREATORS' : 'Seven habits of creators',
      );
    }
  });

  test.each(IMAGE_TEMPLATES)('%s keeps title, subtitle, logo and badge inside the safe area', async (template) => {
    for (const canvas of canvases) {
      const out = await renderer.render({
        template,
        canvas,
        title: 'The one editing trick nobody tells beginners about',
        subtitle: 'A longer subtitle that needs a second line to fit in its box',
        badge: '3 / 8',
        brand: { logo },
        photo,
        layers: 'overlay',
      });
      const ink = await inkBounds(out.bytes);
      expect(ink).toBeDefined();
      expect(contains(out.safeArea, ink!), `${template} ${canvas}: ${JSON.stringify(ink)}`).toBe(true);
    }
  });

  test('a photo and a logo are drawn: the composite differs from the procedural one where they are', async () => {
    const request = { template: 'split-image', canvas: 'youtube-thumbnail', title: 'Gear review' } as const;
    const plain = (await renderer.render(request)).bytes;
    const withPhoto = (await renderer.render({ ...request, photo, brand: { logo } })).bytes;
    // The photo fills the left 45 %: a pixel there is the photo's blue, not the procedural art.
    expect(await pixelAt(withPhoto, 100, 100)).toEqual([0x3a, 0x7b, 0xd5]);
    expect(await pixelAt(plain, 100, 100)).not.toEqual([0x3a, 0x7b, 0xd5]);
    // The white logo sits at the bottom left of the text panel's safe part.
    const panelLogo = await pixelAt(withPhoto, 700, 600);
    expect(panelLogo).toEqual([255, 255, 255]);
  });

  test('brand colours replace the defaults', async () => {
    const out = await renderer.render({
      template: 'split-image',
      canvas: 'instagram-square',
      title: 'Brand',
      brand: { primaryColor: '#00ff00', accentColor: '#ff0000' },
    });
    // The panel (bottom half) is painted in the primary colour, darkening towards the bottom.
    const [red, green] = await pixelAt(out.bytes, 20, 600);
    expect(green).toBeGreaterThan(200);
    expect(red).toBeLessThan(40);
  });

  test.each([
    ['Arabic', 'مرحبا بكم في قناتي الجديدة'],
    ['Hebrew', 'ברוכים הבאים לערוץ'],
    ['Devanagari', 'नमस्ते दोस्तों, आज हम सीखेंगे'],
    ['Thai', 'สวัสดีครับทุกคน'],
    ['Chinese', '我们今天学习如何剪辑视频'],
    ['Japanese', '東京で一番おいしいラーメン'],
    ['Korean', '오늘의 브이로그 시작합니다'],
    ['Cyrillic', 'Привет, как дела?'],
    ['Greek', 'Καλημέρα κόσμε'],
    ['Vietnamese', 'Những điều thú vị ở Hà Nội'],
    ['emoji', 'Top tips 🔥🎉 👩‍💻 ❤️'],
  ])('%s falls back to a bundled font and draws inside the safe area', async (_script, title) => {
    const out = await renderer.render({
      template: 'bold-title',
      canvas: 'youtube-thumbnail',
      title,
      layers: 'overlay',
    });
    expect(out.title.ellipsized).toBe(false);
    const ink = await inkBounds(out.bytes);
    expect(ink && contains(out.safeArea, ink)).toBe(true);
  });

  test('a script no bundled font covers fails with UnsupportedTextError naming it, instead of tofu', async () => {
    const rendering = renderer.render({ template: 'bold-title', canvas: 'youtube-thumbnail', title: 'Hello ሰላም ዓለም' });
    await expect(rendering).rejects.toThrow(UnsupportedTextError);
    await expect(rendering).rejects.toThrow(/Ethiopic/);
  });

  test.each(['bold-title', 'minimal-gradient', 'quote-card'] as const)(
    '%s over footage: a see-through frame that, over a picture, looks like the layout with that photo',
    async (template) => {
      const request = { template, canvas: 'vertical-video', title: 'Cut on the action', badge: '1 / 3' } as const;
      const over = await renderer.render({ ...request, layers: 'over-footage' });
      const alpha = await sharp(over.bytes).extractChannel(3).stats();
      // Partly transparent (the scrim lets the footage through), not empty.
      expect(alpha.channels[0]!.min).toBeLessThan(255);
      expect(alpha.channels[0]!.max).toBe(255);

      const withPhoto = await renderer.render({ ...request, photo, format: 'png' });
      const raw = (png: Buffer) => sharp(png).flatten({ background: '#3a7bd5' }).removeAlpha().raw().toBuffer();
      const [flattened, expected] = await Promise.all([raw(over.bytes), raw(withPhoto.bytes)]);
      let difference = 0;
      for (let index = 0; index < expected.length; index++)
        difference += Math.abs(flattened[index]! - expected[index]!);
      expect(difference / expected.length).toBeLessThan(1.5);
    },
  );

  test('carousel slides can share a title size: titleMaxSize caps it', async () => {
    const free = await renderer.fit({ template: 'quote-card', canvas: 'instagram-square', title: 'Short' });
    const capped = await renderer.fit({
      template: 'quote-card',
      canvas: 'instagram-square',
      title: 'Short',
      titleMaxSize: 50,
    });
    expect(free.title.fontSize).toBeGreaterThan(50);
    expect(capped.title.fontSize).toBe(50);
  });
});

describe('decodeImage', () => {
  test('decodes, orients and scales an image down to maxSide', async () => {
    const image = await decodeImage(await solidPng(3000, 1000, '#123456'), { maxSide: 1500 });
    expect(image).toMatchObject({ width: 1500, height: 500, premultiplied: false });
    expect(image.data.length).toBe(1500 * 500 * 4);
  });

  test('rejects bytes that are not an image, a truncated image, SVG and tiny images', async () => {
    const png = await solidPng(300, 300, '#ff0000');
    const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#00ff00' } })
      .jpeg()
      .toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>');
    await expect(decodeImage(Buffer.from('definitely not an image'), { maxSide: 100 })).rejects.toThrow(
      ImageUnreadableError,
    );
    await expect(decodeImage(jpeg.subarray(0, jpeg.length / 2), { maxSide: 100 })).rejects.toThrow(/damaged/);
    await expect(decodeImage(svg, { maxSide: 100 })).rejects.toThrow(/unsupported image format svg/);
    await expect(decodeImage(await solidPng(8, 8, '#000'), { maxSide: 100 })).rejects.toThrow(/at least 16 px/);
    await expect(decodeImage(png, { maxSide: 100 })).resolves.toMatchObject({ width: 100, height: 100 });
  });
});
