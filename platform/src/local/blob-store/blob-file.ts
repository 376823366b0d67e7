import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';

/*
 * A stored blob is one file: `CFB1` | header length (uint32 BE) | header JSON | body. Keeping the content type in
 * the same file as the bytes means one rename replaces both, so a reader can never pair new bytes with an old type.
 */

const MAGIC = Buffer.from('CFB1');
const PREFIX_BYTES = MAGIC.length + 4;
const MAX_HEADER_BYTES = 4096;

const headerSchema = z.object({ contentType: z.string() });

export interface BlobFileHeader {
  contentType: string;
  /** Where the body starts in the file. */
  bodyOffset: number;
}

export class CorruptBlobFileError extends Error {
  override readonly name = 'CorruptBlobFileError';

  constructor(path: string, reason: string) {
    super(`blob file ${path} is not readable: ${reason}`);
  }
}

export function encodeHeader(contentType: string): Buffer {
  const json = Buffer.from(JSON.stringify({ contentType }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** Parses the header at the start of `bytes` (a whole file or its first bytes). */
export function decodeHeader(bytes: Uint8Array, path: string): BlobFileHeader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < PREFIX_BYTES || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new CorruptBlobFileError(path, 'missing blob header');
  }
  const length = buffer.readUInt32BE(MAGIC.length);
  if (length > MAX_HEADER_BYTES || buffer.length < PREFIX_BYTES + length) {
    throw new CorruptBlobFileError(path, 'truncated blob header');
  }
  let header: unknown;
  try {
    header = JSON.parse(buffer.subarray(PREFIX_BYTES, PREFIX_BYTES + length).toString('utf8'));
  } catch {
    throw new CorruptBlobFileError(path, 'blob header is not JSON');
  }
  const parsed = headerSchema.safeParse(header);
  if (!parsed.success) throw new CorruptBlobFileError(path, 'blob header has the wrong shape');
  return { contentType: parsed.data.contentType, bodyOffset: PREFIX_BYTES + length };
}

/** Reads just the header from an open blob file. */
export async function readHeader(handle: FileHandle, path: string): Promise<BlobFileHeader> {
  const buffer = Buffer.alloc(PREFIX_BYTES + MAX_HEADER_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  return decodeHeader(buffer.subarray(0, bytesRead), path);
}
