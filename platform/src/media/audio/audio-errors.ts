/** The input is not audio ffmpeg can read, or holds no audio stream. */
export class UndecodableAudioError extends Error {
  override name = 'UndecodableAudioError';
}

/** The input lasts longer than the operation allows. */
export class AudioTooLongError extends Error {
  override name = 'AudioTooLongError';
}
