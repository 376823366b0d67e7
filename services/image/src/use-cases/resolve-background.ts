import type { RenderedImageInfo } from '@contentflow/events';
import { type ModelProvider, TaskError } from '@contentflow/platform';
import { decodeImage, ImageUnreadableError, type RasterImage } from '@contentflow/platform/render';
import type { ImageEngineDependencies } from './image-engine-dependencies.ts';
import { readTenantImage } from './read-tenant-image.ts';

/** Backgrounds are decoded no larger than this: enough for a 1080×1920 canvas. */
const BACKGROUND_MAX_SIDE = 2048;

export interface ResolvedBackground {
  photo?: RasterImage;
  origin: RenderedImageInfo['background'];
  provider: ModelProvider;
  model?: string;
}

/** Generative models paint without lettering: the layout sets the title. */
function defaultPrompt(title: string): string {
  return `Background artwork for a social media post about "${title}". Vivid colours, cinematic light, shallow depth of field, no text.`;
}

/**
 * Where a job's background comes from: the tenant's upload when given, else the configured generator (Nova Canvas),
 * else none (the template draws a procedural one, offline).
 */
export async function resolveBackground(
  request: {
    tenantId: string;
    backgroundBlobKey?: string;
    backgroundPrompt?: string;
    title: string;
    size: { width: number; height: number };
  },
  dependencies: ImageEngineDependencies,
  signal: AbortSignal,
): Promise<ResolvedBackground> {
  if (request.backgroundBlobKey !== undefined) {
    const photo = await readTenantImage(dependencies.blobs, {
      tenantId: request.tenantId,
      key: request.backgroundBlobKey,
      field: 'backgroundBlobKey',
      maxSide: BACKGROUND_MAX_SIDE,
    });
    return { photo, origin: 'upload', provider: 'offline' };
  }
  const generator = dependencies.backgrounds;
  if (!generator) return { origin: 'procedural', provider: 'offline' };
  const bytes = await generator.generate(
    { prompt: request.backgroundPrompt ?? defaultPrompt(request.title), ...request.size },
    signal,
  );
  try {
    const photo = await decodeImage(bytes, { maxSide: BACKGROUND_MAX_SIDE });
    return { photo, origin: 'generated', provider: generator.provider, model: generator.model };
  } catch (error) {
    if (!(error instanceof ImageUnreadableError)) throw error;
    throw new TaskError(
      'IMAGE_PROVIDER_BAD_RESPONSE',
      `${generator.model} returned an unusable image: ${error.message}`,
      {
        cause: error,
      },
    );
  }
}
