import { IDEA_FORMATS, type IdeaFormat } from '@contentflow/events';
import type { Content, ContentRepository, EngagementRepository, EngagementSnapshot } from '@contentflow/platform';
import type { ContentHistory, PastItem, PlatformEngagement } from './content-history.port.ts';
import { readEngagement } from './engagement-metrics.ts';
import { suggestionsOf } from './suggestion-metadata.ts';

/** The repositories' largest page. */
const PAGE_LIMIT = 100;

/** Kinds of other engines whose format is known from the kind alone. */
const KIND_FORMATS: Readonly<Record<string, IdeaFormat>> = {
  'video/short': 'short',
  'video/explainer': 'long-form',
  'text/article': 'long-form',
  'text/script': 'short',
};

function isIdeaFormat(value: unknown): value is IdeaFormat {
  return typeof value === 'string' && (IDEA_FORMATS as readonly string[]).includes(value);
}

/** A record's format: by its kind, else a `metadata.format` naming one (the social planner's posts may). */
function formatOf(content: Content): IdeaFormat | undefined {
  const format = KIND_FORMATS[content.kind] ?? content.metadata['format'];
  return isIdeaFormat(format) ? format : undefined;
}

/** The latest observation per platform: counters are cumulative, so older ones are superseded. */
function latestPerPlatform(snapshots: readonly EngagementSnapshot[]): PlatformEngagement[] {
  const latest = new Map<string, EngagementSnapshot>();
  for (const snapshot of snapshots) {
    const seen = latest.get(snapshot.platform);
    if (!seen || snapshot.observedAt >= seen.observedAt) latest.set(snapshot.platform, snapshot);
  }
  return [...latest.values()].flatMap((snapshot) => {
    const engagement = readEngagement(snapshot.metrics);
    return engagement ? [{ platform: snapshot.platform, ...engagement }] : [];
  });
}

export interface HistoryRepositories {
  content: Pick<ContentRepository, 'list'>;
  engagement: Pick<EngagementRepository, 'listByContent'>;
}

/**
 * The tenant's history from the repositories, read only. A creative record becomes one item per suggestion it
 * holds (from its metadata); any other record one item with its title, format and engagement per platform.
 */
export class RepositoryContentHistory implements ContentHistory {
  readonly #repositories: HistoryRepositories;

  constructor(repositories: HistoryRepositories) {
    this.#repositories = repositories;
  }

  async recent(tenantId: string, limit: number, signal?: AbortSignal): Promise<PastItem[]> {
    const records = await this.#records(tenantId, limit, signal);
    const items = await Promise.all(records.map((content) => this.#itemsOf(content)));
    return items.flat();
  }

  async #records(tenantId: string, limit: number, signal: AbortSignal | undefined): Promise<Content[]> {
    const records: Content[] = [];
    let cursor: string | undefined;
    do {
      signal?.throwIfAborted();
      const page = await this.#repositories.content.list(tenantId, {
        limit: Math.min(PAGE_LIMIT, limit - records.length),
        ...(cursor ? { cursor } : {}),
      });
      records.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && records.length < limit);
    return records;
  }

  async #itemsOf(content: Content): Promise<PastItem[]> {
    const base = { contentId: content.id, kind: content.kind, createdAt: content.createdAt };
    if (content.kind.startsWith('creative/')) {
      return suggestionsOf(content.metadata).map((suggestion) => ({ ...base, ...suggestion, engagement: [] }));
    }
    const engagement = latestPerPlatform(
      await this.#repositories.engagement.listByContent(content.tenantId, content.id),
    );
    // Untitled content cannot be repeated by a suggestion, but how it did still counts.
    if (!content.title && engagement.length === 0) return [];
    const format = formatOf(content);
    return [
      {
        ...base,
        ...(content.title ? { title: content.title } : {}),
        ...(format ? { format } : {}),
        engagement,
      },
    ];
  }
}
