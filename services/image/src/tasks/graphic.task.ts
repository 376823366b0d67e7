import { imageGraphicTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { ImageEngineDependencies } from '../use-cases/image-engine-dependencies.ts';
import { renderImageJob, type Slide } from '../use-cases/render-image-job.ts';

/** `image.graphic`: a square quote card, or one numbered image per carousel slide. */
export function graphicTask(dependencies: () => Promise<ImageEngineDependencies>) {
  return implementTask(imageGraphicTask, async (input, context) => {
    const { title, subtitle, slides, ...look } = input;
    // The contract guarantees exactly one of `title` and `slides`.
    const all: Slide[] = slides ?? [{ title: title!, ...(subtitle ? { subtitle } : {}) }];
    const result = await renderImageJob(
      { kind: 'graphic', canvas: 'instagram-square', ...look, slides: all },
      await dependencies(),
      context,
    );
    const [first] = result.output;
    return {
      ...result,
      output: {
        width: 1080 as const,
        height: 1080 as const,
        format: look.format,
        template: look.template,
        fittedFontSize: first!.fittedFontSize,
        ellipsized: result.output.some((image) => image.ellipsized),
        slides: result.output,
      },
    };
  });
}
