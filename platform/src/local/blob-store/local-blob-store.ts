import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey } from '../../domain/blob-key.ts';
import { byteChunks } from '../../domain/byte-chunks.ts';
import {
  assertContentType,
  assertSignedUrlExpiry,
  type BlobBytes,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  type BlobStream,
  type PutBlobOptions,
  type SignedUrlOptions,
} from '../../ports/blob-store.port.ts';
import { decodeHeader, encodeHeader, readHeader } from './blob-file.ts';
import { signBlobUrl, verifySignedUrl } from './signed-blob-url.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';

export interface LocalBlobStoreOptions {
  /** The data dir; blobs live under `<dataDir>/blobs/`. */
  dataDir: string;
  /** Where the API serves `/blobs/…`, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** Defaults to the key kept in the data dir (`blob-signing.key`), created on first use. */
  signingKey?: Uint8Array;
  now?: () => Date;
}

/**
 * Every stored file name ends with this. `~` cannot appear in a key segment, so the file for `t/a` (`t/a~`) never
 * clashes with the folder that `t/a/b` needs, just as both keys can coexist in S3.
 */
const FILE_SUFFIX = '~';
/** Temporary files wait here; a leading dot cannot start a tenant id, so no key can reach this folder. */
const TEMP_FOLDER = '.tmp';

/** The blob store of the local runtime: files under the data dir, downloads through URLs the API verifies. */
export class LocalBlobStore implements BlobStore {
  readonly #root: string;
  readonly #signing: { signingKey: Uint8Array; baseUrl: string };
  readonly #now: () => Date;
  /** Made on the first put, then trusted; a failed put makes the next one check again (someone may remove it). */
  #tempFolderMade = false;

  constructor(options: LocalBlobStoreOptions) {
    this.#root = resolve(options.dataDir, 'blobs');
    this.#signing = {
      signingKey: options.signingKey ?? loadOrCreateSigningKey(options.dataDir),
      baseUrl: options.baseUrl,
    };
    this.#now = options.now ?? (() => new Date());
  }

  async put(key: string, body: Uint8Array | Readable, { contentType }: PutBlobOptions): Promise<BlobInfo> {
    const path = this.#path(key);
    assertContentType(contentType);
    const tempFolder = join(this.#root, TEMP_FOLDER);
    const temp = join(tempFolder, randomUUID());
    await Promise.all([
      this.#tempFolderMade || mkdir(tempFolder, { recursive: true }),
      mkdir(dirname(path), { recursive: true }),
    ]);
    this.#tempFolderMade = true;
    let size = 0;
    async function* withHeader(): AsyncGenerator<Uint8Array> {
      yield encodeHeader(contentType);
      for await (const chunk of byteChunks(body)) {
        size += chunk.byteLength;
        yield chunk;
      }
    }
    try {
      // Written in full and flushed to disk before the rename publishes it: readers see the old blob or the new one.
      // Bytes in hand go in one write; a stream costs several times the CPU of the main thread for a small blob.
      if (body instanceof Uint8Array) {
        size = body.byteLength;
        await writeFile(temp, Buffer.concat([encodeHeader(contentType), body]), { flag: 'wx', flush: true });
      } else {
        await pipeline(withHeader, createWriteStream(temp, { flags: 'wx', flush: true }));
      }
      await rename(temp, path);
    } catch (error) {
      this.#tempFolderMade = false;
      await rm(temp, { force: true });
      throw error;
    }
    return { size, contentType };
  }

  async get(key: string): Promise<BlobBytes> {
    const path = this.#path(key);
    const file = await readFile(path).catch((error: unknown) => rethrowMissing(error, key));
    const { contentType, bodyOffset } = decodeHeader(file, path);
    const body = file.subarray(bodyOffset);
    return { body, size: body.byteLength, contentType };
  }

  async stream(key: string): Promise<BlobStream> {
    const path = this.#path(key);
    const handle = await open(path).catch((error: unknown) => rethrowMissing(error, key));
    try {
      const { contentType, bodyOffset } = await readHeader(handle, path);
      const { size } = await handle.stat();
      // The stream owns the handle from here and closes it when it ends or is destroyed.
      return { body: handle.createReadStream({ start: bodyOffset }), size: size - bodyOffset, contentType };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async head(key: string): Promise<BlobInfo> {
    const path = this.#path(key);
    const handle = await open(path).catch((error: unknown) => rethrowMissing(error, key));
    try {
      const { contentType, bodyOffset } = await readHeader(handle, path);
      const { size } = await handle.stat();
      return { size: size - bodyOffset, contentType };
    } finally {
      await handle.close();
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  async signedUrl(key: string, { expiresInSeconds }: SignedUrlOptions): Promise<string> {
    assertBlobKey(key);
    assertSignedUrlExpiry(expiresInSeconds);
    return signBlobUrl(key, new Date(this.#now().getTime() + expiresInSeconds * 1000), this.#signing);
  }

  /**
   * For the API's `/blobs/…` route: the key a URL from `signedUrl` grants.
   * @throws InvalidSignedUrlError, ExpiredSignedUrlError
   */
  verifySignedUrl(url: string | URL): string {
    return verifySignedUrl(url, this.#signing, this.#now());
  }

  #path(key: string): string {
    assertBlobKey(key);
    const path = join(this.#root, ...key.split('/')) + FILE_SUFFIX;
    // assertBlobKey already rules out climbing; this guards the guard.
    if (!path.startsWith(this.#root + sep)) throw new Error(`blob key ${key} resolved outside the blob folder`);
    return path;
  }
}

function rethrowMissing(error: unknown, key: string): never {
  if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
    throw new BlobNotFoundError(key, { cause: error });
  }
  throw error;
}
