import type { Collection } from 'mongodb';
import { buildEngagementSnapshot, type EngagementSnapshot, type NewEngagementSnapshot } from '../domain/engagement.ts';
import type { EngagementRepository } from '../ports/engagement.repository.port.ts';
import type { RepositoryOptions } from '../ports/repositories.port.ts';
import type { EngagementDocument } from './documents.ts';

function fromDocument({ _id, observedAt, recordedAt, ...rest }: EngagementDocument): EngagementSnapshot {
  return { id: _id, ...rest, observedAt: observedAt.toISOString(), recordedAt: recordedAt.toISOString() };
}

export class MongoEngagementRepository implements EngagementRepository {
  readonly #engagement: Collection<EngagementDocument>;
  readonly #now: () => Date;

  constructor(engagement: Collection<EngagementDocument>, options: RepositoryOptions = {}) {
    this.#engagement = engagement;
    this.#now = options.now ?? (() => new Date());
  }

  async record(input: NewEngagementSnapshot): Promise<EngagementSnapshot> {
    const snapshot = buildEngagementSnapshot(input, this.#now());
    // An upsert on the `observation_unique` fields; MongoDB retries it itself when two upserts race on that index.
    const document = await this.#engagement.findOneAndUpdate(
      {
        tenantId: snapshot.tenantId,
        contentId: snapshot.contentId,
        platform: snapshot.platform,
        observedAt: new Date(snapshot.observedAt),
      },
      {
        $set: { metrics: snapshot.metrics, recordedAt: new Date(snapshot.recordedAt) },
        $setOnInsert: { _id: snapshot.id },
      },
      { upsert: true, returnDocument: 'after' },
    );
    if (document === null) throw new Error('engagement upsert returned no document');
    return fromDocument(document);
  }

  async listByContent(tenantId: string, contentId: string): Promise<EngagementSnapshot[]> {
    const documents = await this.#engagement
      .find({ tenantId, contentId })
      .sort({ observedAt: 1, platform: 1 })
      .toArray();
    return documents.map(fromDocument);
  }
}
