import type { DatabaseSync } from 'node:sqlite';
import type { Repositories, RepositoryOptions } from '../../ports/repositories.port.ts';
import { SqliteContentRepository } from './sqlite-content-repository.ts';
import { SqliteEngagementRepository } from './sqlite-engagement-repository.ts';
import { SqliteJobRepository } from './sqlite-job-repository.ts';
import { SqliteUserRepository } from './sqlite-user-repository.ts';

/**
 * The local repositories, in the one database file the queue and bus also use (`openDatabase`).
 * Each creates its own `repo_*` table and indexes if missing and touches no other table. Every operation is a
 * single statement (conditional UPDATE … RETURNING, INSERT … ON CONFLICT), so each is atomic without a transaction,
 * also between processes sharing the file.
 */
export function createSqliteRepositories(db: DatabaseSync, options: RepositoryOptions = {}): Repositories {
  return {
    users: new SqliteUserRepository(db, options),
    jobs: new SqliteJobRepository(db, options),
    content: new SqliteContentRepository(db, options),
    engagement: new SqliteEngagementRepository(db, options),
  };
}
