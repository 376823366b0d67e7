/** Idle buffers kept per size: renders of one process rarely overlap more than this. */
const MAX_IDLE_PER_SIZE = 2;

/**
 * Lends the multi-megabyte buffers images are flattened on, and takes them back. A fresh buffer per image counts
 * towards V8's external memory, and that drove a full garbage collection every three or four thumbnails: reusing
 * them halved those (the pixels resvg hands over, which cannot be reused, are released with `releasePixels`).
 */
export class CanvasPool {
  private readonly idle = new Map<number, Buffer[]>();

  /** Runs `use` with a buffer of `bytes` (contents undefined), which it must not keep once its promise settles. */
  async with<T>(bytes: number, use: (buffer: Buffer) => Promise<T>): Promise<T> {
    const free = this.idle.get(bytes) ?? [];
    this.idle.set(bytes, free);
    const buffer = free.pop() ?? Buffer.allocUnsafe(bytes);
    try {
      return await use(buffer);
    } finally {
      if (free.length < MAX_IDLE_PER_SIZE) free.push(buffer);
    }
  }
}
