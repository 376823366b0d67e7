import type { Content, NewContent } from '../domain/content.ts';
import type { Page, PageRequest } from '../domain/page.ts';

export interface CreateContentResult {
  content: Content;
  /** False when (tenantId, jobId, producerKey) was already recorded: a redelivered event. */
  created: boolean;
}

/** Metadata of produced content (the bytes live in the blob store). Local adapter: SQLite. AWS adapter: MongoDB. */
export interface ContentRepository {
  /** Idempotent per (tenantId, jobId, producerKey): a redelivery returns the first record. */
  create(input: NewContent): Promise<CreateContentResult>;
  get(tenantId: string, id: string): Promise<Content | null>;
  /** Newest first (createdAt, then id). @throws InvalidPageLimitError, InvalidCursorError */
  list(tenantId: string, request?: PageRequest): Promise<Page<Content>>;
  /** In the order it was produced (createdAt, then id). */
  listByJob(tenantId: string, jobId: string): Promise<Content[]>;
}
