import { PassThrough } from 'node:stream';

/** A writable stream standing in for stdout (a 100-column terminal when `tty`), and everything written to it. */
export function capturedStream(tty = false) {
  const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  let written = '';
  stream.on('data', (chunk: Buffer) => {
    written += chunk.toString();
  });
  return { stream, written: () => written };
}
