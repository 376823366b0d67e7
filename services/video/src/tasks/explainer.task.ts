import { videoExplainerTask } from '@contentflow/events';
import { implementTask, type TaskImplementation } from '@contentflow/platform';
import { makeExplainerVideo } from '../use-cases/make-explainer-video.ts';
import type { VideoDependencies } from '../video-dependencies.ts';
import { toTaskError } from '../video-task-error.ts';

export function explainerTask(deps: VideoDependencies): TaskImplementation<typeof videoExplainerTask> {
  return implementTask(videoExplainerTask, async (input, context) => {
    try {
      const { output, mp4 } = await makeExplainerVideo(deps, input, context);
      return {
        output,
        artifacts: [
          { fileName: output.videoFile, mimeType: 'video/mp4', body: mp4, title: input.title, metadata: output },
        ],
        provider: 'offline',
        model: `ffmpeg+${output.voiceModel}`,
      };
    } catch (error) {
      throw toTaskError(error, context.signal);
    }
  });
}
