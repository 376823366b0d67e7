/** An image (an upload, a logo, a model's output) that cannot be decoded or is unfit to draw. */
export class ImageUnreadableError extends Error {
  override readonly name = 'ImageUnreadableError';
}
