/** One Server-Sent Events frame: an event, or a comment line (`: …`). */
export interface SseFrame {
  comment?: string;
  event?: string;
  id?: string;
  data?: string;
}

function parseFrame(text: string): SseFrame {
  const frame: SseFrame = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    const match = /^(event|id|data): ?(.*)$/.exec(line);
    if (match) {
      const [, field, value] = match as unknown as [string, 'event' | 'id' | 'data', string];
      frame[field] = field === 'data' && frame.data !== undefined ? `${frame.data}\n${value}` : value;
    }
  }
  return frame;
}

/** Reads an event stream frame by frame as it arrives, with a deadline on every read so a test cannot hang. */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buffer = '';

  constructor(body: ReadableStream<Uint8Array> | null) {
    if (!body) throw new Error('the response has no body');
    this.#reader = body.getReader();
  }

  /** The next frame, or null once the server ended the stream. */
  async next(timeoutMs = 10_000): Promise<SseFrame | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        return parseFrame(frame);
      }
      const chunk = await this.#read(timeoutMs);
      if (chunk.done) return null;
      this.#buffer += this.#decoder.decode(chunk.value, { stream: true });
    }
  }

  /** The next `event:` frame, skipping comments; null once the stream ended. */
  async nextEvent(timeoutMs = 10_000): Promise<SseFrame | null> {
    for (;;) {
      const frame = await this.next(timeoutMs);
      if (frame === null || frame.event !== undefined) return frame;
    }
  }

  /** Disconnects, as a client closing its EventSource does. */
  async cancel(): Promise<void> {
    await this.#reader.cancel();
  }

  #read(timeoutMs: number): ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no event-stream data within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.#reader.read(), deadline]).finally(() => clearTimeout(timer));
  }
}
