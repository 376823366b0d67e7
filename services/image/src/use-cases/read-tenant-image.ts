import { BlobNotFoundError, type BlobStore, isBlobKeyOfTenant, TaskError } from '@contentflow/platform';
import { decodeImage, ImageUnreadableError, type RasterImage } from '@contentflow/platform/render';

/** Uploads are capped at this size by the API; anything larger in the store was not put there by an upload. */
export const MAX_TENANT_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * Reads an image a tenant uploaded (a background, a logo) and decodes it. Keys of another tenant are refused before
 * anything is read: a job must never draw someone else's media.
 * @throws TaskError IMAGE_FORBIDDEN, IMAGE_NOT_FOUND, IMAGE_TOO_LARGE or IMAGE_UNREADABLE
 */
export async function readTenantImage(
  blobs: BlobStore,
  request: { tenantId: string; key: string; field: string; maxSide: number },
): Promise<RasterImage> {
  const { tenantId, key, field } = request;
  if (!isBlobKeyOfTenant(key, tenantId)) {
    throw new TaskError('IMAGE_FORBIDDEN', `${field} ${JSON.stringify(key)} is not a key of this tenant's blobs`);
  }
  try {
    const { size } = await blobs.head(key);
    if (size > MAX_TENANT_IMAGE_BYTES) {
      throw new TaskError('IMAGE_TOO_LARGE', `${field} is ${size} bytes; at most ${MAX_TENANT_IMAGE_BYTES} are read`);
    }
    const { body } = await blobs.get(key);
    return await decodeImage(body, { maxSide: request.maxSide });
  } catch (error) {
    if (error instanceof BlobNotFoundError) {
      throw new TaskError('IMAGE_NOT_FOUND', `${field} ${JSON.stringify(key)} does not exist`, { cause: error });
    }
    if (error instanceof ImageUnreadableError) {
      throw new TaskError('IMAGE_UNREADABLE', `${field}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
