import { videoShortTask } from '@contentflow/events';
import { implementTask, type TaskImplementation } from '@contentflow/platform';
import { makeShortVideo } from '../use-cases/make-short-video.ts';
import type { VideoDependencies } from '../video-dependencies.ts';
import { toTaskError } from '../video-task-error.ts';

export function shortTask(deps: VideoDependencies): TaskImplementation<typeof videoShortTask> {
  return implementTask(videoShortTask, async (input, context) => {
    try {
      const { output, mp4, clips } = await makeShortVideo(deps, input, context);
      return {
        output,
        artifacts: [
          { fileName: output.videoFile, mimeType: 'video/mp4', body: mp4, title: output.script.hook, metadata: output },
        ],
        provider: clips?.provider ?? 'offline',
        model: clips ? `${clips.model}+ffmpeg+${output.voiceModel}` : `ffmpeg+${output.voiceModel}`,
      };
    } catch (error) {
      throw toTaskError(error, context.signal);
    }
  });
}
