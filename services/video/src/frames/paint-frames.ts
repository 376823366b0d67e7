import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayoutRenderer, LayoutRequest } from '@contentflow/platform/render';

/** One picture to render into the working directory. */
export interface FrameSpec {
  file: string;
  layout: LayoutRequest;
}

/**
 * Renders each frame once, as PNG, with the layouts the image engine uses (satori + resvg); all motion is added
 * later by ffmpeg. Sequential: rendering is CPU-bound and the renderer caches backdrops between frames.
 * @throws UnsupportedTextError when a character has no bundled font
 */
export async function paintFrames(
  renderer: LayoutRenderer,
  workDir: string,
  frames: readonly FrameSpec[],
  signal?: AbortSignal,
): Promise<void> {
  for (const frame of frames) {
    signal?.throwIfAborted();
    const rendered = await renderer.render({ ...frame.layout, format: 'png' }, signal);
    await writeFile(join(workDir, frame.file), rendered.bytes);
  }
}
