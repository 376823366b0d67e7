import {
  type BrandKit,
  IMAGE_MIME_TYPES,
  type ImageFormat,
  type ImageTemplate,
  type RenderedImageInfo,
} from '@contentflow/events';
import {
  type JsonObject,
  type TaskArtifact,
  TaskError,
  type TaskResult,
  type TaskRunContext,
} from '@contentflow/platform';
import {
  CANVAS_PRESETS,
  type CanvasPresetId,
  type LayoutRequest,
  type RenderedLayout,
  UnsupportedTextError,
} from '@contentflow/platform/render';
import type { ImageEngineDependencies } from './image-engine-dependencies.ts';
import { readTenantImage } from './read-tenant-image.ts';
import { resolveBackground } from './resolve-background.ts';

export interface Slide {
  title: string;
  subtitle?: string;
}

/** One image task's work, whatever the task: its canvas, look, and one slide per image. */
export interface ImageJob {
  /** Names the files: `thumbnail.png`, `graphic-02.webp`. */
  kind: string;
  canvas: CanvasPresetId;
  template: ImageTemplate;
  format: ImageFormat;
  slides: readonly Slide[];
  brand?: BrandKit;
  backgroundBlobKey?: string;
  backgroundPrompt?: string;
}

const LOGO_MAX_SIDE = 512;

function infoOf(rendered: RenderedLayout, background: RenderedImageInfo['background']): RenderedImageInfo {
  const { x, y, width, height, profile } = rendered.safeArea;
  return {
    width: rendered.width,
    height: rendered.height,
    format: rendered.format,
    template: rendered.template,
    fittedFontSize: rendered.title.fontSize,
    ellipsized: rendered.ellipsized,
    title: rendered.title,
    ...(rendered.subtitle ? { subtitle: rendered.subtitle } : {}),
    safeArea: { profile, x, y, width, height },
    background,
  };
}

/** Satori drawing a character as an empty box would be a silent failure: the job fails and says why instead. */
async function rendering<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof UnsupportedTextError) {
      throw new TaskError('TEXT_SCRIPT_UNSUPPORTED', error.message, { cause: error });
    }
    throw error;
  }
}

/**
 * Renders every slide of an image job: resolves the background and logo once, gives a carousel one title size (the
 * smallest any slide needs), and returns one artifact per image with its dimensions and fit in the metadata.
 */
export async function renderImageJob(
  job: ImageJob,
  dependencies: ImageEngineDependencies,
  context: TaskRunContext,
): Promise<TaskResult<RenderedImageInfo[]>> {
  const { renderer } = dependencies;
  const { width, height } = CANVAS_PRESETS[job.canvas];
  const [first] = job.slides;
  if (!first) throw new TaskError('INPUT_INVALID', 'an image job needs at least one slide');
  const background = await resolveBackground(
    { tenantId: context.tenantId, ...job, title: first.title, size: { width, height } },
    dependencies,
    context.signal,
  );
  const { logoBlobKey, ...colorsAndFont } = job.brand ?? {};
  const logo =
    logoBlobKey === undefined
      ? undefined
      : await readTenantImage(dependencies.blobs, {
          tenantId: context.tenantId,
          key: logoBlobKey,
          field: 'brand.logoBlobKey',
          maxSide: LOGO_MAX_SIDE,
        });

  const carousel = job.slides.length > 1;
  const requests: LayoutRequest[] = job.slides.map((slide, index) => ({
    template: job.template,
    canvas: job.canvas,
    format: job.format,
    title: slide.title,
    ...(slide.subtitle !== undefined ? { subtitle: slide.subtitle } : {}),
    ...(carousel ? { badge: `${index + 1} / ${job.slides.length}` } : {}),
    brand: { ...colorsAndFont, ...(logo ? { logo } : {}) },
    ...(background.photo ? { photo: background.photo } : {}),
  }));
  if (carousel) {
    // Slides of one carousel read as a set when their titles share a size.
    const fits = [];
    for (const request of requests) fits.push(await rendering(renderer.fit(request)));
    const shared = Math.min(...fits.map((fit) => fit.title.fontSize));
    for (const request of requests) request.titleMaxSize = shared;
  }

  const images: RenderedImageInfo[] = [];
  const artifacts: TaskArtifact[] = [];
  for (const [index, request] of requests.entries()) {
    const rendered = await rendering(renderer.render(request, context.signal));
    const info = infoOf(rendered, background.origin);
    images.push(info);
    const number = carousel ? `-${String(index + 1).padStart(2, '0')}` : '';
    artifacts.push({
      fileName: `${job.kind}${number}.${job.format}`,
      mimeType: IMAGE_MIME_TYPES[job.format],
      body: rendered.bytes,
      title: request.title.slice(0, 500),
      metadata: {
        ...(info as unknown as JsonObject),
        provider: background.provider,
        ...(carousel ? { slide: index + 1, slides: job.slides.length } : {}),
      },
    });
    if (carousel)
      await context.progress(((index + 1) / requests.length) * 100, `slide ${index + 1} of ${requests.length}`);
  }
  return {
    output: images,
    artifacts,
    provider: background.provider,
    model: background.model ?? 'satori+resvg',
  };
}
