import type { Db } from 'mongodb';
import type { Repositories, RepositoryOptions } from '../ports/repositories.port.ts';
import { mongoCollections } from './documents.ts';
import { MongoContentRepository } from './mongo-content-repository.ts';
import { MongoEngagementRepository } from './mongo-engagement-repository.ts';
import { MongoJobRepository } from './mongo-job-repository.ts';
import { MongoUserRepository } from './mongo-user-repository.ts';

/** The MongoDB repositories over `db`. Run `ensureIndexes(db)` once at deploy or start: the invariants live there. */
export function createMongoRepositories(db: Db, options: RepositoryOptions = {}): Repositories {
  const collections = mongoCollections(db);
  return {
    users: new MongoUserRepository(collections.users, options),
    jobs: new MongoJobRepository(collections.jobs, options),
    content: new MongoContentRepository(collections.content, options),
    engagement: new MongoEngagementRepository(collections.engagement, options),
  };
}
