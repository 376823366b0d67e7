import type { ImageFontFamily, ImageFormat, ImageTemplate } from '@contentflow/events';
import { IMAGE_MIME_TYPES } from '@contentflow/events';
import { LRUCache } from 'lru-cache';
import satori from 'satori';
import { FONT_FAMILIES } from './fonts/font-catalog.ts';
import { FontLibrary, type FontStack } from './fonts/font-library.ts';
import { UnsupportedTextError } from './fonts/unsupported-text-error.ts';
import { type CanvasPresetId, canvasOf } from './layout/canvas-presets.ts';
import type { Rect } from './layout/geometry.ts';
import { type BrandColors, paletteOf } from './layout/palette.ts';
import { opaqueCanvas, type RgbCanvas } from './raster/blend-over.ts';
import { CanvasPool } from './raster/canvas-pool.ts';
import { composeLayers, containAsPng, coverInto, encodeLayer, type PlacedLayer } from './raster/compose-layers.ts';
import { type RasterImage, releasePixels } from './raster/raster-image.ts';
import { rasterizeSvg } from './raster/rasterize-svg.ts';
import type { LayoutTemplate, TemplateContext, TemplatePlan, TextSlot } from './templates/layout-template.ts';
import { LAYOUT_TEMPLATES } from './templates/template-registry.ts';
import { type FittedBlock, fitTextBlock } from './text/fit-text-block.ts';
import type { Typeface } from './text/typeface.ts';

export interface LayoutBrand extends BrandColors {
  fontFamily?: ImageFontFamily;
  /** Decoded with `decodeImage`. */
  logo?: RasterImage;
}

export interface LayoutRequest {
  template: ImageTemplate;
  canvas: CanvasPresetId;
  title: string;
  subtitle?: string;
  /** A short label such as "2 / 5", drawn in a pill (carousel slides). */
  badge?: string;
  brand?: LayoutBrand;
  /** A photo for the template's picture area (uploaded or generated), decoded with `decodeImage`. */
  photo?: RasterImage;
  format?: ImageFormat;
  /**
   * `overlay`: only text, logo and badge on a transparent canvas. `over-footage`: the same laid out as over a photo,
   * with the scrim the template draws over photos, for video frames over footage (templates whose photo fills the
   * canvas).
   */
  layers?: 'all' | 'overlay' | 'over-footage';
  /** Caps the title's font size, so the slides of a carousel can share one size. */
  titleMaxSize?: number;
}

export interface FittedTextSummary {
  fontSize: number;
  lines: string[];
  ellipsized: boolean;
}

export interface FittedLayout {
  title: FittedTextSummary;
  subtitle?: FittedTextSummary;
  /** True when any text was cut with "…". */
  ellipsized: boolean;
}

export interface RenderedLayout extends FittedLayout {
  bytes: Buffer;
  format: ImageFormat;
  mimeType: string;
  width: number;
  height: number;
  template: ImageTemplate;
  /** Where text and logo were kept, named by the platform profile. */
  safeArea: Rect & { profile: CanvasPresetId };
}

interface LaidOut {
  context: TemplateContext;
  template: LayoutTemplate;
  plan: TemplatePlan;
  display: Typeface;
  text: Typeface;
  title: FittedBlock;
  subtitle?: FittedBlock;
}

/** Backdrops and scrims are the same for every image of a brand, template and size: worth ~15 ms a render to keep. */
const BACKDROP_CACHE_BYTES = 96 * 1024 * 1024;

function summary(block: FittedBlock): FittedTextSummary {
  return { fontSize: block.fontSize, lines: block.lines, ellipsized: block.ellipsized };
}

/**
 * Renders the layouts images and video frames share: satori lays out the text (fitted to its box) and logo, resvg
 * draws the backdrop and overlay, sharp crops photos, composites and encodes. One instance per process keeps the
 * parsed fonts and drawn backdrops.
 */
export class LayoutRenderer {
  private readonly fonts = new FontLibrary();
  private readonly layers = new LRUCache<string, RasterImage>({
    maxSize: BACKDROP_CACHE_BYTES / 2,
    sizeCalculation: (image) => image.data.length,
  });
  private readonly canvases = new CanvasPool();
  private readonly backdrops = new LRUCache<string, RgbCanvas>({
    maxSize: BACKDROP_CACHE_BYTES / 2,
    sizeCalculation: (canvas) => canvas.data.length,
  });

  /**
   * Fits the texts without drawing anything.
   * @throws UnsupportedTextError when a character has no bundled font or emoji picture.
   */
  async fit(request: LayoutRequest): Promise<FittedLayout> {
    return this.summarize(await this.layOut(request));
  }

  /**
   * Renders the image.
   * @throws UnsupportedTextError when a character has no bundled font or emoji picture.
   */
  async render(request: LayoutRequest, signal?: AbortSignal): Promise<RenderedLayout> {
    const laid = await this.layOut(request);
    signal?.throwIfAborted();
    const { context, template, plan } = laid;
    const { canvas } = context;
    const format = request.format ?? 'png';
    const logo = request.brand?.logo && plan.logoBox ? await this.logo(request.brand.logo, plan.logoBox) : undefined;
    const node = template.overlay(context, plan, {
      title: laid.title,
      display: laid.display,
      text: laid.text,
      ...(laid.subtitle ? { subtitle: laid.subtitle } : {}),
      ...(logo ? { logo } : {}),
    });
    const loader = this.fonts.assetLoader();
    const svg = await satori(node, {
      width: canvas.width,
      height: canvas.height,
      fonts: laid.display.fonts,
      loadAdditionalAsset: loader.load,
    });
    if (loader.unsupported.length > 0) throw new UnsupportedTextError(loader.unsupported);
    signal?.throwIfAborted();
    const overlay = await rasterizeSvg(svg);

    let bytes: Buffer;
    const { scrimSvg } = plan.backdrop.photo;
    if (request.layers === 'overlay') {
      bytes = await encodeLayer(overlay, format);
    } else if (request.layers === 'over-footage') {
      bytes = await encodeLayer(overlay, format, scrimSvg ? await this.cachedLayer(scrimSvg) : undefined);
    } else {
      const layers: PlacedLayer[] = [];
      const { photo } = plan.backdrop;
      const cover = request.photo ? await coverInto(request.photo, photo.rect) : undefined;
      if (cover) {
        layers.push({ image: cover, at: photo.rect });
        if (scrimSvg) layers.push({ image: await this.cachedLayer(scrimSvg) });
      }
      layers.push({ image: overlay });
      signal?.throwIfAborted();
      bytes = await composeLayers(await this.backdrop(plan.backdrop.svg), layers, format, this.canvases);
      if (cover) releasePixels(cover);
    }
    releasePixels(overlay);
    return {
      ...this.summarize(laid),
      bytes,
      format,
      mimeType: IMAGE_MIME_TYPES[format],
      width: canvas.width,
      height: canvas.height,
      template: template.id,
      safeArea: { profile: canvas.preset, ...canvas.safe },
    };
  }

  private async layOut(request: LayoutRequest): Promise<LaidOut> {
    const template = LAYOUT_TEMPLATES[request.template];
    const font = FONT_FAMILIES[request.brand?.fontFamily ?? template.defaultFont];
    const context: TemplateContext = {
      canvas: canvasOf(request.canvas),
      palette: paletteOf(request.brand),
      font,
      hasPhoto: request.photo !== undefined || request.layers === 'over-footage',
      hasSubtitle: request.subtitle !== undefined,
      hasLogo: request.brand?.logo !== undefined,
      ...(request.badge !== undefined ? { badge: request.badge } : {}),
    };
    const plan = template.plan(context);
    const fonts = this.fonts.fontsFor([font.display, font.text]);
    const display = this.typeface(font.display, fonts);
    const text = this.typeface(font.text, fonts);
    const typefaceOf = (slot: TextSlot) => (slot.role === 'display' ? display : text);
    const fit = (value: string, slot: TextSlot, maxSize = slot.maxSize) =>
      fitTextBlock(value, typefaceOf(slot), slot.box, { ...slot, maxSize: Math.max(slot.minSize, maxSize) }, slot);
    const [title, subtitle] = await Promise.all([
      fit(request.title, plan.title, Math.min(plan.title.maxSize, request.titleMaxSize ?? Number.POSITIVE_INFINITY)),
      request.subtitle !== undefined && plan.subtitle ? fit(request.subtitle, plan.subtitle) : undefined,
    ]);
    return { context, template, plan, display, text, title, ...(subtitle ? { subtitle } : {}) };
  }

  private summarize(laid: LaidOut): FittedLayout {
    return {
      title: summary(laid.title),
      ...(laid.subtitle ? { subtitle: summary(laid.subtitle) } : {}),
      ellipsized: laid.title.ellipsized || (laid.subtitle?.ellipsized ?? false),
    };
  }

  private typeface(stack: FontStack, fonts: Typeface['fonts']): Typeface {
    return {
      fonts,
      fontFamily: this.fonts.cssFamily(stack),
      fontWeight: this.fonts.weightOf(stack),
      assetLoader: () => this.fonts.assetLoader(),
    };
  }

  private async logo(image: RasterImage, area: Rect): Promise<{ src: string; width: number; height: number }> {
    const { png, width, height } = await containAsPng(image, area);
    return { src: `data:image/png;base64,${png.toString('base64')}`, width, height };
  }

  private async backdrop(svg: string): Promise<RgbCanvas> {
    let canvas = this.backdrops.get(svg);
    if (!canvas) {
      canvas = opaqueCanvas(await rasterizeSvg(svg));
      this.backdrops.set(svg, canvas);
    }
    return canvas;
  }

  private async cachedLayer(svg: string): Promise<RasterImage> {
    let layer = this.layers.get(svg);
    if (!layer) {
      layer = await rasterizeSvg(svg);
      this.layers.set(svg, layer);
    }
    return layer;
  }
}
