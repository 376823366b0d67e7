import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describe } from 'vitest';
import { describeRepositoryContract } from '../ports/repositories.contract.ts';
import { ensureIndexes } from './indexes.ts';
import { createMongoRepositories } from './mongo-repositories.ts';

// No MongoDB server can run on the development machines, so this suite runs only where one is provided,
// e.g. MONGODB_URI=mongodb://localhost:27017 against a disposable server or an Atlas test cluster.
const uri = process.env['MONGODB_URI'];

describe.skipIf(uri === undefined)('MongoDB (runs only when MONGODB_URI is set)', () => {
  describeRepositoryContract('MongoDB', async (options) => {
    const client = await MongoClient.connect(uri!);
    // A database per test, dropped afterwards, so tests never see each other's documents.
    const db = client.db(`cf_contract_${randomUUID().replaceAll('-', '')}`);
    await ensureIndexes(db);
    return {
      repositories: createMongoRepositories(db, options),
      close: async () => {
        await db.dropDatabase();
        await client.close();
      },
    };
  });
});
