import type { TaskContract } from './define-task.ts';
import { imageGraphicTask } from './image/image-graphic.task.ts';
import { imagePosterTask } from './image/image-poster.task.ts';
import { imageThumbnailTask } from './image/image-thumbnail.task.ts';
import { textAnalyzeTask } from './text/text-analyze.task.ts';

/** Every task any engine offers; the API lists and validates jobs against it. */
export const TASK_CATALOG: readonly TaskContract[] = [
  textAnalyzeTask,
  imageThumbnailTask,
  imagePosterTask,
  imageGraphicTask,
];

export function findTask(catalog: readonly TaskContract[], engine: string, task: string): TaskContract | undefined {
  return catalog.find((contract) => contract.engine === engine && contract.task === task);
}
