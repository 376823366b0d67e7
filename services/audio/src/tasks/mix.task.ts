import { audioMixTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { BlobReader } from '../use-cases/blob-reader.port.ts';
import { renderMix } from '../use-cases/render-mix.ts';
import { withAudioErrors } from './audio-task-error.ts';

/** `audio.mix`: reads its narration (and music) from the blob store by key. */
export const mixTask = (blobs: BlobReader) =>
  implementTask(
    audioMixTask,
    withAudioErrors((input, context) => renderMix(input, blobs, context)),
  );
