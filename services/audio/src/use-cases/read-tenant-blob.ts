import { BlobNotFoundError, isBlobKeyOfTenant, TaskError } from '@contentflow/platform';
import type { BlobReader } from './blob-reader.port.ts';

/**
 * The bytes of a blob the job names by key, after checking the key is the job's own tenant's: a job must never
 * read another tenant's media by guessing a key.
 */
export async function readTenantBlob(
  blobs: BlobReader,
  tenantId: string,
  key: string,
  field: string,
): Promise<Uint8Array> {
  if (!isBlobKeyOfTenant(key, tenantId)) {
    throw new TaskError('BLOB_FORBIDDEN', `${field} must name a blob of your own tenant (${tenantId}/…)`);
  }
  try {
    return (await blobs.get(key)).body;
  } catch (error) {
    if (error instanceof BlobNotFoundError)
      throw new TaskError('BLOB_NOT_FOUND', `${field}: there is no blob at ${key}`);
    throw error;
  }
}
