import type { Readable } from 'node:stream';

/**
 * The blob store port: media and documents by key. Keys are `<tenantId>/<…>`, built with `blobKey()` and checked
 * by every adapter (`InvalidBlobKeyError`). Local adapter: files under the data dir. AWS adapter: S3.
 */

export interface PutBlobOptions {
  contentType: string;
}

export interface BlobInfo {
  /** Bytes of content. */
  size: number;
  contentType: string;
}

export interface BlobBytes extends BlobInfo {
  body: Uint8Array;
}

export interface BlobStream extends BlobInfo {
  body: Readable;
}

export interface SignedUrlOptions {
  /** 1 s to 7 days (SigV4's ceiling, applied to every adapter alike). */
  expiresInSeconds: number;
}

export const MAX_SIGNED_URL_SECONDS = 7 * 24 * 60 * 60;

export class BlobNotFoundError extends Error {
  override readonly name = 'BlobNotFoundError';
  readonly key: string;

  constructor(key: string, options?: ErrorOptions) {
    super(`no blob at key ${key}`, options);
    this.key = key;
  }
}

export class InvalidSignedUrlExpiryError extends RangeError {
  override readonly name = 'InvalidSignedUrlExpiryError';

  constructor(seconds: number) {
    super(`signed URL expiry must be an integer from 1 to ${MAX_SIGNED_URL_SECONDS} seconds, got ${seconds}`);
  }
}

export function assertSignedUrlExpiry(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SIGNED_URL_SECONDS) {
    throw new InvalidSignedUrlExpiryError(seconds);
  }
}

export class InvalidContentTypeError extends Error {
  override readonly name = 'InvalidContentTypeError';

  constructor(contentType: string) {
    super(
      `invalid content type ${JSON.stringify(contentType.slice(0, 100))}: expected \`type/subtype\` with optional parameters`,
    );
  }
}

const CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"\r\n]*"|[\w.+-]+))*$/;

/** Content types are echoed back in HTTP headers, so only well-formed, single-line values are stored. */
export function assertContentType(contentType: string): void {
  if (contentType.length > 255 || !CONTENT_TYPE.test(contentType)) throw new InvalidContentTypeError(contentType);
}

export interface BlobStore {
  /** Creates or replaces the blob; readers see the old or the new content, never a mix. */
  put(key: string, body: Uint8Array | Readable, options: PutBlobOptions): Promise<BlobInfo>;
  /** @throws BlobNotFoundError */
  get(key: string): Promise<BlobBytes>;
  /** For large blobs: the body is read as it is consumed. @throws BlobNotFoundError */
  stream(key: string): Promise<BlobStream>;
  /** @throws BlobNotFoundError */
  head(key: string): Promise<BlobInfo>;
  /** Deleting a missing blob is not an error (as S3). */
  delete(key: string): Promise<void>;
  /** A URL that lets anyone holding it download the blob until it expires. */
  signedUrl(key: string, options: SignedUrlOptions): Promise<string>;
}
