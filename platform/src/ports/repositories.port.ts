import type { ContentRepository } from './content.repository.port.ts';
import type { EngagementRepository } from './engagement.repository.port.ts';
import type { JobRepository } from './job.repository.port.ts';
import type { UserRepository } from './user.repository.port.ts';

/** Every repository, as one adapter family (SQLite or MongoDB) provides them. */
export interface Repositories {
  users: UserRepository;
  jobs: JobRepository;
  content: ContentRepository;
  engagement: EngagementRepository;
}

/** Options every adapter family takes. */
export interface RepositoryOptions {
  /** The clock that stamps createdAt/updatedAt; tests pass their own. */
  now?: () => Date;
}
