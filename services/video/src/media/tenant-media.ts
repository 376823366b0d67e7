import { BlobNotFoundError, type BlobStore, isBlobKeyOfTenant, TaskError } from '@contentflow/platform';
import { decodeImage, ImageUnreadableError, type RasterImage } from '@contentflow/platform/render';

/** Where uploaded pictures are read from: the blob store, read-only. */
export type MediaStore = Pick<BlobStore, 'head' | 'get'>;

/** A photo larger than this is not a frame background but a mistake (or an attack on memory). */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;
/** Frames are at most 1920 px on their long side: nothing larger is ever drawn. */
const MAX_SIDE = 1920;

/**
 * Reads and decodes an image the tenant uploaded. Keys of other tenants are refused before any read, so a job
 * can never learn whether another tenant's blob exists.
 * @throws TaskError MEDIA_FORBIDDEN | MEDIA_NOT_FOUND | MEDIA_TOO_LARGE | MEDIA_INVALID
 */
export async function loadTenantImage(
  store: MediaStore,
  tenantId: string,
  key: string,
  field: string,
): Promise<RasterImage> {
  if (!isBlobKeyOfTenant(key, tenantId)) {
    throw new TaskError('MEDIA_FORBIDDEN', `${field}: ${key} is not a blob of this tenant`);
  }
  try {
    const { size } = await store.head(key);
    if (size > MAX_MEDIA_BYTES) {
      throw new TaskError(
        'MEDIA_TOO_LARGE',
        `${field}: ${key} has ${size} bytes; images may have at most ${MAX_MEDIA_BYTES}`,
      );
    }
    return await decodeImage((await store.get(key)).body, { maxSide: MAX_SIDE });
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw new TaskError('MEDIA_NOT_FOUND', `${field}: no blob at ${key}`);
    if (error instanceof ImageUnreadableError) throw new TaskError('MEDIA_INVALID', `${field}: ${error.message}`);
    throw error;
  }
}
