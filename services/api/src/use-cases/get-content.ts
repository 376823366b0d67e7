import type { Content, ContentRepository } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { NotFoundError } from './use-case-errors.ts';

/** Another tenant's content is "not found" too: whether an id exists elsewhere is never revealed. */
export async function getContent(
  content: ContentRepository,
  principal: VerifiedPrincipal,
  contentId: string,
): Promise<Content> {
  const item = await content.get(principal.tenantId, contentId);
  if (!item) throw new NotFoundError(`content ${contentId} was not found`);
  return item;
}
