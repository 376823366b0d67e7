import { idSchema } from './ids.ts';

/** S3's own limit on key length; the local store inherits it so a key valid here is valid everywhere. */
export const MAX_BLOB_KEY_BYTES = 1024;
/** Most file systems' limit on one name. */
const MAX_SEGMENT_BYTES = 255;
const SEGMENT = /^[A-Za-z0-9._-]+$/;

export class InvalidBlobKeyError extends Error {
  override readonly name = 'InvalidBlobKeyError';
  readonly key: string;

  constructor(key: string, reason: string) {
    // JSON.stringify so control characters (a NUL, a newline) show up escaped in logs.
    super(`invalid blob key ${JSON.stringify(key.slice(0, 200))}: ${reason}`);
    this.key = key;
  }
}

/**
 * Why `key` is unsafe, or null when it is fine. Keys become file paths (local) and object keys (S3), so anything
 * that could climb out of a tenant's folder or be read two ways is refused rather than cleaned up.
 */
function keyProblem(key: string): string | null {
  if (key.length === 0) return 'it is empty';
  if (Buffer.byteLength(key) > MAX_BLOB_KEY_BYTES) return `it is longer than ${MAX_BLOB_KEY_BYTES} bytes`;
  if (key.includes('\0')) return 'it contains a NUL character';
  if (key.includes('\\')) return 'it contains a backslash';
  if (key.startsWith('/')) return 'it is an absolute path';
  const segments = key.split('/');
  if (segments.length < 2) return 'it needs a tenant id and at least one more segment (`<tenantId>/<name>`)';
  if (!idSchema.safeParse(segments[0]).success) return 'its first segment is not a tenant id';
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem !== null) return problem;
  }
  return null;
}

function segmentProblem(segment: string): string | null {
  if (segment.length === 0) return 'it has an empty segment';
  if (segment === '.' || segment === '..') return `it has a "${segment}" segment`;
  if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES) return `a segment is longer than ${MAX_SEGMENT_BYTES} bytes`;
  if (!SEGMENT.test(segment)) return 'a segment has characters outside [A-Za-z0-9._-]';
  return null;
}

export function assertBlobKey(key: string): void {
  const problem = keyProblem(key);
  if (problem !== null) throw new InvalidBlobKeyError(key, problem);
}

/** Builds `<tenantId>/<segment>/…`, the only shape of key the blob stores accept. */
export function blobKey(tenantId: string, ...segments: string[]): string {
  for (const segment of segments) {
    const problem = segment.includes('/') ? 'a segment contains "/"' : segmentProblem(segment);
    if (problem !== null) throw new InvalidBlobKeyError([tenantId, ...segments].join('/'), problem);
  }
  const key = [tenantId, ...segments].join('/');
  assertBlobKey(key);
  return key;
}

/** The tenant a valid key belongs to. */
export function blobKeyTenant(key: string): string {
  assertBlobKey(key);
  return key.slice(0, key.indexOf('/'));
}

export function isBlobKeyOfTenant(key: string, tenantId: string): boolean {
  return keyProblem(key) === null && key.startsWith(`${tenantId}/`);
}
