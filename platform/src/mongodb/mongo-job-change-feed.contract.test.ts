import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describe } from 'vitest';
import { describeJobChangeFeedContract } from '../ports/job-change-feed.contract.ts';
import { mongoCollections } from './documents.ts';
import { ensureIndexes } from './indexes.ts';
import { jobsChangeStreamSource } from './job-change-stream-source.ts';
import { MongoJobChangeFeed } from './mongo-job-change-feed.ts';
import { MongoJobRepository } from './mongo-job-repository.ts';

// Runs only where a server is provided (see mongodb-repositories.test.ts); change streams need it to be a replica
// set, e.g. MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0 or an Atlas test cluster.
const uri = process.env['MONGODB_URI'];

describe.skipIf(uri === undefined)('MongoDB change stream (runs only when MONGODB_URI is set)', () => {
  describeJobChangeFeedContract('MongoDB', async () => {
    const client = await MongoClient.connect(uri!);
    const db = client.db(`cf_feed_${randomUUID().replaceAll('-', '')}`);
    await ensureIndexes(db);
    const { jobs } = mongoCollections(db);
    const feed = new MongoJobChangeFeed({ source: jobsChangeStreamSource(jobs) });
    return {
      feed,
      jobs: new MongoJobRepository(jobs),
      close: async () => {
        await feed.close();
        await db.dropDatabase();
        await client.close();
      },
    };
  });
});
