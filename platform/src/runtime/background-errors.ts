/** Parts of the adapters that fail outside any caller's request: the local bus's dispatcher, MongoDB's change feed. */
export type BackgroundErrorSource = 'event bus' | 'job change feed' | 'database commit';

export type BackgroundErrorListener = (error: unknown, source: BackgroundErrorSource) => void;

/**
 * Where the adapters' background failures go: to every listener the process registered (its logger, say), or, with
 * none, to stderr, so that a failure nobody listens for is still seen.
 */
export class BackgroundErrors {
  readonly #listeners = new Set<BackgroundErrorListener>();
  readonly #fallback: (message: string, error: unknown) => void;

  constructor(fallback: (message: string, error: unknown) => void = console.error) {
    this.#fallback = fallback;
  }

  /** Adds a listener; call the returned function to remove it. */
  listen(listener: BackgroundErrorListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The callback to hand a part created for `source`. */
  reporter(source: BackgroundErrorSource): (error: unknown) => void {
    return (error) => {
      if (this.#listeners.size === 0) this.#fallback(`${source}:`, error);
      for (const listener of this.#listeners) listener(error, source);
    };
  }
}
