import { audioMusicTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import { renderMusic } from '../use-cases/render-music.ts';
import { withAudioErrors } from './audio-task-error.ts';

/** `audio.music`: always offline; the bed is synthesised, not fetched. */
export const musicTask = implementTask(audioMusicTask, withAudioErrors(renderMusic));
