import {
  BlobNotFoundError,
  type BlobStore,
  type BlobStream,
  type Content,
  type ContentRepository,
} from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { getContent } from './get-content.ts';
import { NotFoundError } from './use-case-errors.ts';

export interface DownloadDeps {
  content: ContentRepository;
  blobs: BlobStore;
}

/** A short-lived URL anyone holding it can download the caller's content from. */
export async function contentDownloadUrl(
  deps: DownloadDeps,
  principal: VerifiedPrincipal,
  contentId: string,
  expiresInSeconds: number,
): Promise<{ url: string; content: Content }> {
  const content = await getContent(deps.content, principal, contentId);
  return { url: await deps.blobs.signedUrl(content.blobKey, { expiresInSeconds }), content };
}

/** The content's bytes as a stream, with the media type they were stored with. */
export async function openContentDownload(
  deps: DownloadDeps,
  principal: VerifiedPrincipal,
  contentId: string,
): Promise<{ blob: BlobStream; content: Content }> {
  const content = await getContent(deps.content, principal, contentId);
  try {
    return { blob: await deps.blobs.stream(content.blobKey), content };
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw new NotFoundError(`the bytes of content ${contentId} are missing`);
    throw error;
  }
}
