import type { Collection, Filter } from 'mongodb';
import { idSchema } from '../domain/ids.ts';
import {
  buildJob,
  type Job,
  type JobProgress,
  type JobTransition,
  jobProgressSchema,
  jobStatusSchema,
  jobTransitionPatch,
  type NewJob,
} from '../domain/job.ts';
import { applyJobStepChange, type JobStepChange } from '../domain/job-step.ts';
import { decodeCursor, listingScope, type Page, pageLimit, toPage } from '../domain/page.ts';
import type {
  CreateJobResult,
  JobRepository,
  JobUpdateResult,
  ListJobsRequest,
  ListQueuedOptions,
} from '../ports/job.repository.port.ts';
import type { RepositoryOptions } from '../ports/repositories.port.ts';
import type { JobDocument } from './documents.ts';
import { isDuplicateKeyError } from './duplicate-key.ts';
import { jobFromDocument, jobStepToDocument, jobToDocument } from './job-document.ts';
import {
  attachContentUpdate,
  type ConditionalUpdate,
  progressUpdate,
  stepsUpdate,
  transitionUpdate,
} from './job-updates.ts';
import { afterPosition, NEWEST_FIRST } from './page-query.ts';

/** How often a step change is recomputed when other writers keep changing the job's steps first. */
const STEP_WRITE_ATTEMPTS = 20;

export class MongoJobRepository implements JobRepository {
  readonly #jobs: Collection<JobDocument>;
  readonly #now: () => Date;

  constructor(jobs: Collection<JobDocument>, options: RepositoryOptions = {}) {
    this.#jobs = jobs;
    this.#now = options.now ?? (() => new Date());
  }

  async create(input: NewJob): Promise<CreateJobResult> {
    const job = buildJob(input, this.#now());
    try {
      await this.#jobs.insertOne(jobToDocument(job));
      return { job, created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error) || job.idempotencyKey === undefined) throw error;
      const existing = await this.#jobs.findOne({ tenantId: job.tenantId, idempotencyKey: job.idempotencyKey });
      if (existing === null) throw error;
      return { job: jobFromDocument(existing), created: false };
    }
  }

  async listQueuedBefore(cutoff: Date, limit: number, options: ListQueuedOptions = {}): Promise<Job[]> {
    return this.#listOldest({ status: 'queued', updatedAt: { $lt: cutoff } }, 'updatedAt', limit, options);
  }

  async listRunningStartedBefore(cutoff: Date, limit: number, options: ListQueuedOptions = {}): Promise<Job[]> {
    return this.#listOldest({ status: 'running', startedAt: { $lt: cutoff } }, 'startedAt', limit, options);
  }

  /** A sweep's batch: the matching jobs of every tenant, oldest `by` first; unreadable ones reported and skipped. */
  async #listOldest(
    filter: Filter<JobDocument>,
    by: 'updatedAt' | 'startedAt',
    limit: number,
    options: ListQueuedOptions,
  ): Promise<Job[]> {
    const documents = await this.#jobs
      .find(filter)
      .sort({ [by]: 1, _id: 1 })
      .limit(limit)
      .toArray();
    return readableJobs(documents, options);
  }

  async get(tenantId: string, id: string): Promise<Job | null> {
    const document = await this.#jobs.findOne({ _id: id, tenantId });
    return document === null ? null : jobFromDocument(document);
  }

  async list(tenantId: string, request: ListJobsRequest = {}): Promise<Page<Job>> {
    const limit = pageLimit(request.limit);
    const scope = listingScope('jobs', tenantId, { status: request.status });
    const filter: Filter<JobDocument> = { tenantId };
    if (request.status !== undefined) filter.status = jobStatusSchema.parse(request.status);
    if (request.cursor !== undefined) Object.assign(filter, afterPosition(decodeCursor(scope, request.cursor)));
    const documents = await this.#jobs
      .find(filter)
      .sort(NEWEST_FIRST)
      .limit(limit + 1)
      .toArray();
    return toPage(documents.map(jobFromDocument), limit, scope);
  }

  async transition(tenantId: string, id: string, transition: JobTransition): Promise<JobUpdateResult> {
    return this.#apply(tenantId, id, transitionUpdate(tenantId, id, jobTransitionPatch(transition, this.#now())));
  }

  async updateProgress(tenantId: string, id: string, progress: JobProgress): Promise<JobUpdateResult> {
    return this.#apply(tenantId, id, progressUpdate(tenantId, id, jobProgressSchema.parse(progress), this.#now()));
  }

  async attachContent(tenantId: string, id: string, contentId: string): Promise<JobUpdateResult> {
    return this.#apply(tenantId, id, attachContentUpdate(tenantId, id, idSchema.parse(contentId), this.#now()));
  }

  async recordStep(tenantId: string, id: string, change: JobStepChange): Promise<JobUpdateResult> {
    for (let attempt = 1; attempt <= STEP_WRITE_ATTEMPTS; attempt++) {
      const read = await this.#jobs.findOne({ _id: id, tenantId });
      if (read === null) return { applied: false, job: null };
      const job = jobFromDocument(read);
      const steps = applyJobStepChange(job, change);
      if (steps === null) return { applied: false, job };
      const { filter, update } = stepsUpdate(tenantId, id, read, steps.map(jobStepToDocument), this.#now());
      const updated = await this.#jobs.findOneAndUpdate(filter, update, { returnDocument: 'after' });
      if (updated !== null) return { applied: true, job: jobFromDocument(updated) };
    }
    throw new Error(`job ${id}: step ${change.name} lost ${STEP_WRITE_ATTEMPTS} races with other step writers`);
  }

  /** Applies a conditional update; when its condition held nothing, reports the job as it is. */
  async #apply(tenantId: string, id: string, { filter, update }: ConditionalUpdate): Promise<JobUpdateResult> {
    const updated = await this.#jobs.findOneAndUpdate(filter, update, { returnDocument: 'after' });
    if (updated !== null) return { applied: true, job: jobFromDocument(updated) };
    return { applied: false, job: await this.get(tenantId, id) };
  }
}

/** The documents a sweep reads, mapped; one written by hand (a missing date, say) is reported and skipped. */
function readableJobs(documents: JobDocument[], options: ListQueuedOptions): Job[] {
  const jobs: Job[] = [];
  for (const document of documents) {
    try {
      jobs.push(jobFromDocument(document));
    } catch (error) {
      options.onUnreadable?.(String(document._id), error);
    }
  }
  return jobs;
}
