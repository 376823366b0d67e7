import { imageThumbnailTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { ImageEngineDependencies } from '../use-cases/image-engine-dependencies.ts';
import { renderImageJob } from '../use-cases/render-image-job.ts';

/** `image.thumbnail`: one 1280×720 image inside YouTube's safe area. */
export function thumbnailTask(dependencies: () => Promise<ImageEngineDependencies>) {
  return implementTask(imageThumbnailTask, async (input, context) => {
    const { title, subtitle, ...look } = input;
    const result = await renderImageJob(
      {
        kind: 'thumbnail',
        canvas: 'youtube-thumbnail',
        ...look,
        slides: [{ title, ...(subtitle ? { subtitle } : {}) }],
      },
      await dependencies(),
      context,
    );
    return { ...result, output: result.output[0]! };
  });
}
