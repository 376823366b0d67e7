import { audioMixTask } from './audio/audio-mix.task.ts';
import { audioMusicTask } from './audio/audio-music.task.ts';
import { audioNarrationTask } from './audio/audio-narration.task.ts';
import { audioVoiceoverTask } from './audio/audio-voiceover.task.ts';
import { creativeBrainstormTask } from './creative/creative-brainstorm.task.ts';
import { creativeIdeasTask } from './creative/creative-ideas.task.ts';
import { creativeSeriesTask } from './creative/creative-series.task.ts';
import type { TaskContract } from './define-task.ts';
import { imageGraphicTask } from './image/image-graphic.task.ts';
import { imagePosterTask } from './image/image-poster.task.ts';
import { imageThumbnailTask } from './image/image-thumbnail.task.ts';
import { textAnalyzeTask } from './text/text-analyze.task.ts';
import { textCaptionsTask } from './text/text-captions.task.ts';
import { textDescriptionTask } from './text/text-description.task.ts';
import { textHashtagsTask } from './text/text-hashtags.task.ts';
import { textRewriteTask } from './text/text-rewrite.task.ts';
import { textScriptTask } from './text/text-script.task.ts';
import { textSummarizeTask } from './text/text-summarize.task.ts';
import { textTitlesTask } from './text/text-titles.task.ts';
import { textWriteTask } from './text/text-write.task.ts';
import { videoExplainerTask } from './video/video-explainer.task.ts';
import { videoShortTask } from './video/video-short.task.ts';

/** Every task any engine offers; the API lists and validates jobs against it. */
export const TASK_CATALOG: readonly TaskContract[] = [
  textAnalyzeTask,
  textWriteTask,
  textRewriteTask,
  textSummarizeTask,
  textTitlesTask,
  textDescriptionTask,
  textHashtagsTask,
  textCaptionsTask,
  textScriptTask,
  audioVoiceoverTask,
  audioNarrationTask,
  audioMusicTask,
  audioMixTask,
  imageThumbnailTask,
  imagePosterTask,
  imageGraphicTask,
  videoShortTask,
  videoExplainerTask,
  creativeIdeasTask,
  creativeSeriesTask,
  creativeBrainstormTask,
];

export function findTask(catalog: readonly TaskContract[], engine: string, task: string): TaskContract | undefined {
  return catalog.find((contract) => contract.engine === engine && contract.task === task);
}
