import { type BlobStore, blobKey, newId } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { InvalidRequestError } from './use-case-errors.ts';

/** What engines accept as a tenant's own media (e.g. image and video backgrounds). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The image formats sharp decodes, told apart by their first bytes — the declared type is never trusted. */
const SIGNATURES: ReadonlyArray<{ type: string; extension: string; matches(bytes: Uint8Array): boolean }> = [
  {
    type: 'image/png',
    extension: 'png',
    matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  },
  { type: 'image/jpeg', extension: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', extension: 'gif', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { type: 'image/webp', extension: 'webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  {
    type: 'image/avif',
    extension: 'avif',
    matches: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)),
  },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export interface UploadedMedia {
  blobKey: string;
  bytes: number;
  contentType: string;
}

/**
 * Stores a tenant's own image under `<tenant>/uploads/`, where engines may read it by key (only for that
 * tenant). SVG and anything unrecognised is refused: a file is accepted for what its bytes are, not its label.
 */
export async function uploadMedia(
  blobs: BlobStore,
  principal: VerifiedPrincipal,
  body: Uint8Array,
): Promise<UploadedMedia> {
  if (body.byteLength === 0) throw new InvalidRequestError('the upload is empty');
  if (body.byteLength > MAX_UPLOAD_BYTES) {
    throw new InvalidRequestError(`the upload is ${body.byteLength} bytes; the limit is ${MAX_UPLOAD_BYTES}`);
  }
  const format = SIGNATURES.find((signature) => signature.matches(body));
  if (!format) {
    throw new InvalidRequestError('the upload is not a PNG, JPEG, GIF, WebP or AVIF image (SVG is not accepted)');
  }
  const key = blobKey(principal.tenantId, 'uploads', `${newId()}.${format.extension}`);
  const stored = await blobs.put(key, body, { contentType: format.type });
  return { blobKey: key, bytes: stored.size, contentType: format.type };
}
