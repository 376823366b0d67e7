import type { Content, ContentRepository, Page } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { pageRequest, translatePageErrors } from './page-request.ts';

/** The caller's content, newest first. */
export function listContent(
  content: ContentRepository,
  principal: VerifiedPrincipal,
  input: { cursor?: string; limit?: number },
): Promise<Page<Content>> {
  return translatePageErrors(() => content.list(principal.tenantId, pageRequest(input)));
}
