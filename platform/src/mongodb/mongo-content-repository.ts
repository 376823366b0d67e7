import type { Collection, Filter } from 'mongodb';
import { buildContent, type Content, type NewContent } from '../domain/content.ts';
import { decodeCursor, listingScope, type Page, type PageRequest, pageLimit, toPage } from '../domain/page.ts';
import type { ContentRepository, CreateContentResult } from '../ports/content.repository.port.ts';
import type { RepositoryOptions } from '../ports/repositories.port.ts';
import type { ContentDocument } from './documents.ts';
import { isDuplicateKeyError } from './duplicate-key.ts';
import { afterPosition, NEWEST_FIRST } from './page-query.ts';

function fromDocument({ _id, createdAt, ...rest }: ContentDocument): Content {
  return { id: _id, ...rest, createdAt: createdAt.toISOString() };
}

export class MongoContentRepository implements ContentRepository {
  readonly #content: Collection<ContentDocument>;
  readonly #now: () => Date;

  constructor(content: Collection<ContentDocument>, options: RepositoryOptions = {}) {
    this.#content = content;
    this.#now = options.now ?? (() => new Date());
  }

  async create(input: NewContent): Promise<CreateContentResult> {
    const content = buildContent(input, this.#now());
    const { id, createdAt, ...rest } = content;
    try {
      await this.#content.insertOne({ _id: id, ...rest, createdAt: new Date(createdAt) });
      return { content, created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const { tenantId, jobId, producerKey } = content;
      const existing = await this.#content.findOne({ tenantId, jobId, producerKey });
      if (existing === null) throw error;
      return { content: fromDocument(existing), created: false };
    }
  }

  async get(tenantId: string, id: string): Promise<Content | null> {
    const document = await this.#content.findOne({ _id: id, tenantId });
    return document === null ? null : fromDocument(document);
  }

  async list(tenantId: string, request: PageRequest = {}): Promise<Page<Content>> {
    const limit = pageLimit(request.limit);
    const scope = listingScope('content', tenantId);
    const filter: Filter<ContentDocument> = { tenantId };
    if (request.cursor !== undefined) Object.assign(filter, afterPosition(decodeCursor(scope, request.cursor)));
    const documents = await this.#content
      .find(filter)
      .sort(NEWEST_FIRST)
      .limit(limit + 1)
      .toArray();
    return toPage(documents.map(fromDocument), limit, scope);
  }

  async listByJob(tenantId: string, jobId: string): Promise<Content[]> {
    const documents = await this.#content.find({ tenantId, jobId }).sort({ createdAt: 1, _id: 1 }).toArray();
    return documents.map(fromDocument);
  }
}
