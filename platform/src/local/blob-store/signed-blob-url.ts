import { createHmac, timingSafeEqual } from 'node:crypto';
import { assertBlobKey, InvalidBlobKeyError } from '../../domain/blob-key.ts';

/*
 * Signed download URLs for the local blob store, served by the API under `<baseUrl>/blobs/<key>`:
 * `?expires=<unix seconds>&signature=<base64url HMAC-SHA256 over the key and expiry>`.
 */

export interface BlobUrlSigning {
  /** HMAC key; anyone holding it can mint URLs. */
  signingKey: Uint8Array;
  /** Where the API is reached, e.g. `http://localhost:3000`; its path (if any) prefixes `/blobs/`. */
  baseUrl: string;
}

export class InvalidSignedUrlError extends Error {
  override readonly name: string = 'InvalidSignedUrlError';

  constructor(reason: string) {
    super(`invalid signed blob URL: ${reason}`);
  }
}

export class ExpiredSignedUrlError extends InvalidSignedUrlError {
  override readonly name = 'ExpiredSignedUrlError';
  readonly expiredAt: Date;

  constructor(expiredAt: Date) {
    super(`it expired at ${expiredAt.toISOString()}`);
    this.expiredAt = expiredAt;
  }
}

function blobsPath(baseUrl: string): string {
  return `${new URL(baseUrl).pathname.replace(/\/+$/, '')}/blobs/`;
}

function signature(signingKey: Uint8Array, key: string, expires: number): Buffer {
  // The version prefix keeps these MACs distinct from anything else the same key might ever sign.
  return createHmac('sha256', signingKey).update(`blob-url-v1\n${key}\n${expires}`).digest();
}

export function signBlobUrl(key: string, expiresAt: Date, { signingKey, baseUrl }: BlobUrlSigning): string {
  assertBlobKey(key);
  const expires = Math.floor(expiresAt.getTime() / 1000);
  const url = new URL(`${blobsPath(baseUrl)}${key}`, baseUrl);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', signature(signingKey, key, expires).toString('base64url'));
  return url.toString();
}

/**
 * Checks a URL made by `signBlobUrl` (absolute, or the path and query the API received) and returns the blob key
 * it grants. @throws InvalidSignedUrlError, ExpiredSignedUrlError
 */
export function verifySignedUrl(url: string | URL, signing: BlobUrlSigning, now: Date = new Date()): string {
  const parsed = new URL(url, signing.baseUrl);
  const prefix = blobsPath(signing.baseUrl);
  if (!parsed.pathname.startsWith(prefix)) throw new InvalidSignedUrlError(`its path is not under ${prefix}`);
  let key: string;
  try {
    key = decodeURIComponent(parsed.pathname.slice(prefix.length));
    assertBlobKey(key);
  } catch (error) {
    if (error instanceof InvalidBlobKeyError || error instanceof URIError) {
      throw new InvalidSignedUrlError('its path is not a valid blob key');
    }
    throw error;
  }
  const expiresParam = parsed.searchParams.get('expires');
  const signatureParam = parsed.searchParams.get('signature');
  if (expiresParam === null || signatureParam === null) throw new InvalidSignedUrlError('it is not signed');
  if (!/^\d{1,12}$/.test(expiresParam)) throw new InvalidSignedUrlError('its expiry is not a timestamp');
  const expires = Number(expiresParam);
  const given = Buffer.from(signatureParam, 'base64url');
  const expected = signature(signing.signingKey, key, expires);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidSignedUrlError('its signature does not match');
  }
  if (now.getTime() >= expires * 1000) throw new ExpiredSignedUrlError(new Date(expires * 1000));
  return key;
}
