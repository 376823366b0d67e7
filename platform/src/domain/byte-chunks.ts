import type { Readable } from 'node:stream';

/**
 * A blob body as a sequence of byte chunks, whatever it was given as: one array, or a stream of buffers or
 * strings (a stream with an encoding set yields strings).
 */
export async function* byteChunks(body: Uint8Array | Readable): AsyncGenerator<Uint8Array> {
  if (body instanceof Uint8Array) {
    yield body;
    return;
  }
  for await (const chunk of body as AsyncIterable<unknown>) {
    if (chunk instanceof Uint8Array) yield chunk;
    else if (typeof chunk === 'string') yield Buffer.from(chunk);
    else throw new TypeError('a blob body stream must yield bytes or strings');
  }
}
