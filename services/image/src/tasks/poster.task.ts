import { imagePosterTask, type PosterSize } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { CanvasPresetId } from '@contentflow/platform/render';
import type { ImageEngineDependencies } from '../use-cases/image-engine-dependencies.ts';
import { renderImageJob } from '../use-cases/render-image-job.ts';

const CANVAS_OF_SIZE: Record<PosterSize, CanvasPresetId> = {
  '1080x1350': 'instagram-portrait',
  '1080x1920': 'vertical-video',
};

/** `image.poster`: a 4:5 feed post or a 9:16 story cover, clear of each platform's UI. */
export function posterTask(dependencies: () => Promise<ImageEngineDependencies>) {
  return implementTask(imagePosterTask, async (input, context) => {
    const { title, subtitle, size, ...look } = input;
    const result = await renderImageJob(
      { kind: 'poster', canvas: CANVAS_OF_SIZE[size], ...look, slides: [{ title, ...(subtitle ? { subtitle } : {}) }] },
      await dependencies(),
      context,
    );
    return { ...result, output: result.output[0]! };
  });
}
