import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobKey } from '../domain/blob-key.ts';
import type { NewContent } from '../domain/content.ts';
import type { Job, NewJob } from '../domain/job.ts';
import type { JobStepChange } from '../domain/job-step.ts';
import { InvalidCursorError, InvalidPageLimitError, type Page, type PageRequest } from '../domain/page.ts';
import type { Repositories, RepositoryOptions } from './repositories.port.ts';
import { DuplicateEmailError } from './user.repository.port.ts';

export interface ContractAdapters {
  repositories: Repositories;
  /** Releases what `makeAdapters` opened (database file, connection). */
  close(): Promise<void>;
}

/** Builds a fresh, empty set of repositories that stamp time with `options.now`. */
export type MakeAdapters = (options: Required<RepositoryOptions>) => Promise<ContractAdapters>;

/** A clock the tests move by hand, so equal timestamps (the cursor's tie-break) happen on purpose. */
class ManualClock {
  #at = Date.parse('2026-03-01T09:00:00.000Z');

  readonly now = (): Date => new Date(this.#at);

  advance(ms = 1_000): void {
    this.#at += ms;
  }
}

const TENANT_A = 'tenant-a';
const TENANT_B = 'tenant-b';

function newJob(overrides: Partial<NewJob> = {}): NewJob {
  return {
    tenantId: TENANT_A,
    engine: 'text',
    task: 'analyze',
    input: { text: 'Hello world', options: { locale: 'en' } },
    correlationId: 'corr-1',
    ...overrides,
  };
}

function newContent(jobId: string, overrides: Partial<NewContent> = {}): NewContent {
  const tenantId = overrides.tenantId ?? TENANT_A;
  return {
    tenantId,
    jobId,
    producerKey: 'analyze',
    kind: 'text/analysis',
    mimeType: 'application/json',
    blobKey: blobKey(tenantId, jobId, 'analysis.json'),
    bytes: 512,
    title: 'Analysis',
    metadata: { readability: { grade: 7.5 }, keywords: ['creator', 'video'] },
    provider: { engine: 'text', provider: 'offline' },
    ...overrides,
  };
}

/** Follows cursors to the end, checking every page respects the limit. */
async function collectPages<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await fetchPage(cursor === undefined ? { limit } : { limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    pages += 1;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { items, pages };
}

function newestFirst<T extends { createdAt: string; id: string }>(records: T[]): string[] {
  return [...records]
    .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
    .map((record) => record.id);
}

/** Alters one character of the cursor's payload, keeping it well-formed base64url. */
function tamper(cursor: string): string {
  const swapped = cursor[0] === 'A' ? 'B' : 'A';
  return `${swapped}${cursor.slice(1)}`;
}

/**
 * The behaviour every repository adapter family must show, whatever stores the data. Each adapter's test file
 * calls this with a factory for fresh, empty repositories.
 */
export function describeRepositoryContract(name: string, makeAdapters: MakeAdapters): void {
  describe(`${name} repositories (contract)`, () => {
    let clock: ManualClock;
    let adapters: ContractAdapters;
    let repos: Repositories;

    beforeEach(async () => {
      clock = new ManualClock();
      adapters = await makeAdapters({ now: clock.now });
      repos = adapters.repositories;
    });

    afterEach(async () => {
      await adapters.close();
    });

    describe('users', () => {
      const ana = { email: 'Ana@Example.com', name: 'Ana', passwordHash: 'scrypt$abc' };

      it('creates a user who is their own tenant and finds them by id and by email, ignoring case', async () => {
        const user = await repos.users.create(ana);
        expect(user).toMatchObject({ email: 'ana@example.com', name: 'Ana', passwordHash: 'scrypt$abc' });
        expect(user.tenantId).toBe(user.id);
        expect(user.createdAt).toBe(clock.now().toISOString());
        expect(await repos.users.findById(user.tenantId, user.id)).toEqual(user);
        expect(await repos.users.findByEmail('  ANA@example.COM ')).toEqual(user);
        expect(await repos.users.findByEmail('bob@example.com')).toBeNull();
      });

      it('refuses a second account for the same email in another case', async () => {
        const first = await repos.users.create(ana);
        await expect(repos.users.create({ ...ana, email: 'ana@EXAMPLE.com', name: 'Impostor' })).rejects.toThrow(
          DuplicateEmailError,
        );
        expect(await repos.users.findByEmail('ana@example.com')).toEqual(first);
      });

      it("returns nothing for another tenant's user or an unknown id", async () => {
        const user = await repos.users.create(ana);
        expect(await repos.users.findById(TENANT_B, user.id)).toBeNull();
        expect(await repos.users.findById(user.tenantId, 'no-such-user')).toBeNull();
      });

      it('rejects an invalid email', async () => {
        await expect(repos.users.create({ ...ana, email: 'not-an-email' })).rejects.toThrow(/email/i);
      });
    });

    describe('jobs: recovery sweep', () => {
      it('lists only jobs still queued and unchanged since before the cutoff, oldest first, across tenants', async () => {
        const oldest = (await repos.jobs.create(newJob())).job;
        clock.advance();
        const other = (await repos.jobs.create(newJob({ tenantId: TENANT_B }))).job;
        clock.advance();
        const started = (await repos.jobs.create(newJob())).job;
        await repos.jobs.transition(TENANT_A, started.id, { to: 'running' });
        clock.advance();
        const cutoff = clock.now();
        clock.advance();
        await repos.jobs.create(newJob());
        const stranded = await repos.jobs.listQueuedBefore(cutoff, 10);
        expect(stranded.map((job) => job.id)).toEqual([oldest.id, other.id]);
        expect(await repos.jobs.listQueuedBefore(cutoff, 1)).toHaveLength(1);
      });

      it('lists only jobs still running that started before the cutoff, earliest first, across tenants', async () => {
        const start = async (tenantId: string) => {
          const { job } = await repos.jobs.create(newJob({ tenantId }));
          await repos.jobs.transition(tenantId, job.id, { to: 'running' });
          return job;
        };
        const earliest = await start(TENANT_A);
        clock.advance();
        const other = await start(TENANT_B);
        clock.advance();
        const finished = await start(TENANT_A);
        await repos.jobs.transition(TENANT_A, finished.id, { to: 'succeeded' });
        await repos.jobs.create(newJob()); // queued, never started
        clock.advance();
        const cutoff = clock.now();
        clock.advance();
        await start(TENANT_A);
        // Progress after the cutoff does not make a job younger: the sweep asks when it started.
        await repos.jobs.updateProgress(TENANT_A, earliest.id, { percent: 50 });

        const running = await repos.jobs.listRunningStartedBefore(cutoff, 10);
        expect(running.map((job) => [job.id, job.status])).toEqual([
          [earliest.id, 'running'],
          [other.id, 'running'],
        ]);
        expect(await repos.jobs.listRunningStartedBefore(cutoff, 1)).toHaveLength(1);
      });
    });

    describe('jobs: create and read', () => {
      it('creates a queued job with empty progress and reads it back', async () => {
        const { job, created } = await repos.jobs.create(newJob({ idempotencyKey: 'req-1' }));
        expect(created).toBe(true);
        expect(job).toMatchObject({
          tenantId: TENANT_A,
          engine: 'text',
          task: 'analyze',
          status: 'queued',
          progress: { percent: 0 },
          contentIds: [],
          steps: [],
          idempotencyKey: 'req-1',
          correlationId: 'corr-1',
          createdAt: clock.now().toISOString(),
          updatedAt: clock.now().toISOString(),
        });
        expect(job.startedAt).toBeUndefined();
        expect(await repos.jobs.get(TENANT_A, job.id)).toEqual(job);
      });

      it('returns the existing job for a repeated idempotency key, per tenant', async () => {
        const first = await repos.jobs.create(newJob({ idempotencyKey: 'req-1' }));
        clock.advance();
        const again = await repos.jobs.create(newJob({ idempotencyKey: 'req-1', input: { text: 'different' } }));
        expect(again).toEqual({ job: first.job, created: false });

        const otherTenant = await repos.jobs.create(newJob({ tenantId: TENANT_B, idempotencyKey: 'req-1' }));
        expect(otherTenant.created).toBe(true);
        expect(otherTenant.job.id).not.toBe(first.job.id);

        const page = await repos.jobs.list(TENANT_A);
        expect(page.items.map((job) => job.id)).toEqual([first.job.id]);
      });

      it('inserts once when the same key arrives concurrently', async () => {
        const results = await Promise.all(
          Array.from({ length: 5 }, () => repos.jobs.create(newJob({ idempotencyKey: 'burst' }))),
        );
        expect(results.filter((result) => result.created)).toHaveLength(1);
        expect(new Set(results.map((result) => result.job.id)).size).toBe(1);
      });

      it('creates separate jobs when no idempotency key is given', async () => {
        const first = await repos.jobs.create(newJob());
        const second = await repos.jobs.create(newJob());
        expect(first.job.id).not.toBe(second.job.id);
        expect((await repos.jobs.list(TENANT_A)).items).toHaveLength(2);
      });

      it("hides another tenant's job from get and leaves it unchanged by every update", async () => {
        const { job } = await repos.jobs.create(newJob());
        expect(await repos.jobs.get(TENANT_B, job.id)).toBeNull();
        expect(await repos.jobs.transition(TENANT_B, job.id, { to: 'running' })).toEqual({ applied: false, job: null });
        expect(await repos.jobs.transition(TENANT_B, job.id, { to: 'cancelled' })).toEqual({
          applied: false,
          job: null,
        });
        expect(await repos.jobs.attachContent(TENANT_B, job.id, 'content-1')).toEqual({ applied: false, job: null });
        await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        expect(await repos.jobs.updateProgress(TENANT_B, job.id, { percent: 50 })).toEqual({
          applied: false,
          job: null,
        });
        const unchanged = await repos.jobs.get(TENANT_A, job.id);
        expect(unchanged).toMatchObject({ status: 'running', progress: { percent: 0 }, contentIds: [] });
      });

      it('reports an unknown job as not applied with no job', async () => {
        expect(await repos.jobs.transition(TENANT_A, 'missing', { to: 'running' })).toEqual({
          applied: false,
          job: null,
        });
      });
    });

    describe('jobs: lifecycle (compare-and-set)', () => {
      async function runningJob(): Promise<Job> {
        const { job } = await repos.jobs.create(newJob());
        clock.advance();
        const started = await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        expect(started.applied).toBe(true);
        return started.job!;
      }

      it('starts a queued job once, stamping startedAt', async () => {
        const { job } = await repos.jobs.create(newJob());
        clock.advance();
        const started = await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        expect(started.applied).toBe(true);
        expect(started.job).toMatchObject({
          status: 'running',
          startedAt: clock.now().toISOString(),
          updatedAt: clock.now().toISOString(),
          createdAt: job.createdAt,
        });
        clock.advance();
        const duplicate = await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        expect(duplicate).toEqual({ applied: false, job: started.job });
      });

      it('completes a running job once and completes its progress', async () => {
        const job = await runningJob();
        await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 60, message: 'rendering' });
        clock.advance();
        const done = await repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' });
        expect(done.applied).toBe(true);
        expect(done.job).toMatchObject({
          status: 'succeeded',
          progress: { percent: 100, message: 'rendering' },
          finishedAt: clock.now().toISOString(),
        });
        clock.advance();
        expect(await repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' })).toEqual({
          applied: false,
          job: done.job,
        });
      });

      it('never moves a finished job to another state, backwards or sideways', async () => {
        const job = await runningJob();
        const done = await repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' });
        const late = [
          { to: 'running' },
          { to: 'failed', error: { code: 'Timeout', message: 'late failure' } },
          { to: 'cancelled' },
        ] as const;
        for (const transition of late) {
          expect(await repos.jobs.transition(TENANT_A, job.id, transition)).toEqual({ applied: false, job: done.job });
        }
      });

      it('fails a running job with its error, once', async () => {
        const job = await runningJob();
        const failed = await repos.jobs.transition(TENANT_A, job.id, {
          to: 'failed',
          error: { code: 'ModelUnavailable', message: 'no model answered' },
        });
        expect(failed.applied).toBe(true);
        expect(failed.job).toMatchObject({
          status: 'failed',
          error: { code: 'ModelUnavailable', message: 'no model answered' },
        });
        expect(failed.job?.finishedAt).toBeDefined();
        const second = await repos.jobs.transition(TENANT_A, job.id, {
          to: 'failed',
          error: { code: 'Other', message: 'second failure' },
        });
        expect(second).toEqual({ applied: false, job: failed.job });
        expect((await repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' })).applied).toBe(false);
      });

      it('lets a queued job be cancelled or failed, but not succeed without running', async () => {
        const { job: toCancel } = await repos.jobs.create(newJob());
        const { job: toFail } = await repos.jobs.create(newJob());
        expect((await repos.jobs.transition(TENANT_A, toCancel.id, { to: 'succeeded' })).applied).toBe(false);
        const cancelled = await repos.jobs.transition(TENANT_A, toCancel.id, { to: 'cancelled' });
        expect(cancelled.job).toMatchObject({ status: 'cancelled' });
        expect((await repos.jobs.transition(TENANT_A, toCancel.id, { to: 'running' })).applied).toBe(false);

        const failed = await repos.jobs.transition(TENANT_A, toFail.id, {
          to: 'failed',
          error: { code: 'InvalidInput', message: 'rejected' },
        });
        expect(failed.applied).toBe(true);
        expect(failed.job?.startedAt).toBeUndefined();
      });

      it('lets exactly one of several racing completions win', async () => {
        const job = await runningJob();
        const results = await Promise.all([
          repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' }),
          repos.jobs.transition(TENANT_A, job.id, { to: 'failed', error: { code: 'E', message: 'lost the race' } }),
          repos.jobs.transition(TENANT_A, job.id, { to: 'cancelled' }),
          repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' }),
        ]);
        expect(results.filter((result) => result.applied)).toHaveLength(1);
      });

      it('records progress only while running and never lets percent go down', async () => {
        const { job } = await repos.jobs.create(newJob());
        expect((await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 10 })).applied).toBe(false);
        await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });

        const forward = await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 40, message: 'step 2' });
        expect(forward.applied).toBe(true);
        expect(forward.job?.progress).toEqual({ percent: 40, message: 'step 2' });

        const backwards = await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 30, message: 'stale' });
        expect(backwards).toEqual({ applied: false, job: forward.job });

        const sameLevel = await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 40, message: 'step 2b' });
        expect(sameLevel.applied).toBe(true);
        expect(sameLevel.job?.progress).toEqual({ percent: 40, message: 'step 2b' });

        await repos.jobs.transition(TENANT_A, job.id, { to: 'succeeded' });
        expect((await repos.jobs.updateProgress(TENANT_A, job.id, { percent: 100 })).applied).toBe(false);
      });

      it('rejects a percent outside 0–100', async () => {
        const job = await runningJob();
        await expect(repos.jobs.updateProgress(TENANT_A, job.id, { percent: 101 })).rejects.toThrow();
        await expect(repos.jobs.updateProgress(TENANT_A, job.id, { percent: -1 })).rejects.toThrow();
      });

      it('attaches each content id once, keeping the order they arrived in', async () => {
        const job = await runningJob();
        expect((await repos.jobs.attachContent(TENANT_A, job.id, 'content-1')).applied).toBe(true);
        expect((await repos.jobs.attachContent(TENANT_A, job.id, 'content-2')).applied).toBe(true);
        const again = await repos.jobs.attachContent(TENANT_A, job.id, 'content-1');
        expect(again.applied).toBe(false);
        expect(again.job?.contentIds).toEqual(['content-1', 'content-2']);
      });

      it('still attaches content that arrives after the job finished', async () => {
        const job = await runningJob();
        await repos.jobs.transition(TENANT_A, job.id, { to: 'cancelled' });
        const late = await repos.jobs.attachContent(TENANT_A, job.id, 'content-late');
        expect(late.applied).toBe(true);
        expect(late.job).toMatchObject({ status: 'cancelled', contentIds: ['content-late'] });
      });
    });

    describe('jobs: workflow steps (forward only)', () => {
      const T0 = '2026-03-01T09:10:00.000Z';
      const T1 = '2026-03-01T09:10:05.000Z';
      const T2 = '2026-03-01T09:10:09.000Z';
      let jobId: string;

      beforeEach(async () => {
        const { job } = await repos.jobs.create(newJob({ engine: 'orchestrator', task: 'short-video-package' }));
        await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        jobId = job.id;
      });

      const record = (change: JobStepChange) => repos.jobs.recordStep(TENANT_A, jobId, change);
      const started = (name: string, attempt = 1, at = T0): JobStepChange => ({ kind: 'started', name, attempt, at });

      it('records a step as it starts, progresses and succeeds, stamping the times the events give', async () => {
        clock.advance();
        const running = await record(started('Video'));
        expect(running.applied).toBe(true);
        expect(running.job?.steps).toEqual([
          { name: 'Video', status: 'running', attempt: 1, startedAt: T0, contentIds: [] },
        ]);
        expect(running.job?.updatedAt).toBe(clock.now().toISOString());
        const progress = { percent: 40, message: 'encoding' };
        await record({ kind: 'progressed', name: 'Video', attempt: 1, at: T1, progress });
        const done = await record({ kind: 'succeeded', name: 'Video', attempt: 1, at: T2, contentIds: ['c-1'] });
        expect(done.job?.steps).toEqual([
          {
            name: 'Video',
            status: 'succeeded',
            attempt: 1,
            startedAt: T0,
            finishedAt: T2,
            progress,
            contentIds: ['c-1'],
          },
        ]);
        expect(await repos.jobs.get(TENANT_A, jobId)).toEqual(done.job);
      });

      it('ignores duplicates, late events and progress that goes down', async () => {
        await record(started('Script'));
        await record({ kind: 'progressed', name: 'Script', attempt: 1, at: T1, progress: { percent: 50 } });
        const stale: JobStepChange[] = [
          started('Script'),
          { kind: 'progressed', name: 'Script', attempt: 1, at: T1, progress: { percent: 50 } },
          { kind: 'progressed', name: 'Script', attempt: 1, at: T1, progress: { percent: 20 } },
        ];
        for (const change of stale) expect((await record(change)).applied, change.kind).toBe(false);

        const failed = await record({
          kind: 'failed',
          name: 'Script',
          attempt: 1,
          at: T2,
          error: { code: 'E', message: 'x' },
        });
        expect(failed.job?.steps[0]).toMatchObject({ status: 'failed', error: { code: 'E', message: 'x' } });
        const afterTheEnd: JobStepChange[] = [
          started('Script'),
          { kind: 'progressed', name: 'Script', attempt: 1, at: T2, progress: { percent: 90 } },
          { kind: 'succeeded', name: 'Script', attempt: 1, at: T2, contentIds: ['c-late'] },
        ];
        for (const change of afterTheEnd) {
          expect(await record(change), change.kind).toEqual({ applied: false, job: failed.job });
        }
      });

      it('lets a retry supersede a failed attempt, but never an older attempt overwrite a newer one', async () => {
        await record(started('Music', 1));
        await record({ kind: 'failed', name: 'Music', attempt: 1, at: T1, error: { code: 'BUSY', message: 'retry' } });
        const retry = await record(started('Music', 2, T2));
        expect(retry.job?.steps).toEqual([
          { name: 'Music', status: 'running', attempt: 2, startedAt: T2, contentIds: [] },
        ]);
        expect((await record(started('Music', 1))).applied).toBe(false);
        expect(
          (
            await record({
              kind: 'failed',
              name: 'Music',
              attempt: 1,
              at: T2,
              error: { code: 'BUSY', message: 'late' },
            })
          ).applied,
        ).toBe(false);
        const done = await record({ kind: 'succeeded', name: 'Music', attempt: 2, at: T2, contentIds: ['c-m'] });
        expect(done.job?.steps[0]).toMatchObject({ status: 'succeeded', attempt: 2, contentIds: ['c-m'] });
        // The state machine never retries a step that succeeded.
        expect((await record(started('Music', 3))).applied).toBe(false);
      });

      it('settles every step with the package verdict, keeping what the engine events already said', async () => {
        await record(started('Narration'));
        await record({ kind: 'succeeded', name: 'Narration', attempt: 1, at: T1, contentIds: ['c-n'] });
        await record(started('Video'));
        const conclude = (name: string, status: 'succeeded' | 'failed' | 'skipped', extra = {}) =>
          record({ kind: 'concluded', name, at: T2, status, contentIds: [], ...extra });

        expect((await conclude('Narration', 'succeeded')).applied).toBe(false);
        const timedOut = await conclude('Video', 'failed', { error: { code: 'States.Timeout', message: 'too slow' } });
        expect(timedOut.job?.steps.find((step) => step.name === 'Video')).toEqual({
          name: 'Video',
          status: 'failed',
          attempt: 1,
          startedAt: T0,
          finishedAt: T2,
          contentIds: [],
          error: { code: 'States.Timeout', message: 'too slow' },
        });
        const skipped = await conclude('Schedule', 'skipped');
        expect(skipped.job?.steps.map((step) => [step.name, step.status, step.attempt])).toEqual([
          ['Narration', 'succeeded', 1],
          ['Video', 'failed', 1],
          ['Schedule', 'skipped', 0],
        ]);
        expect(skipped.job?.steps.at(-1)?.finishedAt).toBeUndefined();
      });

      it('starts no step once the job is over, yet still records how running steps ended', async () => {
        await record(started('Thumbnail'));
        await repos.jobs.transition(TENANT_A, jobId, { to: 'cancelled' });
        expect((await record(started('Video'))).applied).toBe(false);
        const ended = await record({
          kind: 'failed',
          name: 'Thumbnail',
          attempt: 1,
          at: T1,
          error: { code: 'CANCELLED', message: 'the job was cancelled' },
        });
        expect(ended.applied).toBe(true);
        expect(ended.job?.steps.map((step) => `${step.name}:${step.status}`)).toEqual(['Thumbnail:failed']);
      });

      it('keeps every step when steps of one job change at the same time', async () => {
        const names = ['Narration', 'Thumbnail', 'Music', 'Title', 'Description', 'Hashtags'];
        const results = await Promise.all(names.map((name) => record(started(name))));
        expect(results.every((result) => result.applied)).toBe(true);
        const job = await repos.jobs.get(TENANT_A, jobId);
        expect(job?.steps.map((step) => step.name).sort()).toEqual([...names].sort());
      });

      it("reports another tenant's or an unknown job as not found, and refuses an invalid change", async () => {
        expect(await repos.jobs.recordStep(TENANT_B, jobId, started('Video'))).toEqual({ applied: false, job: null });
        expect(await repos.jobs.recordStep(TENANT_A, 'missing', started('Video'))).toEqual({
          applied: false,
          job: null,
        });
        await expect(record(started('no spaces allowed'))).rejects.toThrow();
        await expect(record(started('Video', 0))).rejects.toThrow();
        expect((await repos.jobs.get(TENANT_A, jobId))?.steps).toEqual([]);
      });
    });

    describe('jobs: listing', () => {
      /** 23 jobs in groups of three sharing a createdAt, so the id tie-break is exercised. */
      async function seedJobs(tenantId: string, count = 23): Promise<Job[]> {
        const jobs: Job[] = [];
        for (let index = 0; index < count; index += 1) {
          if (index % 3 === 0) clock.advance();
          jobs.push((await repos.jobs.create(newJob({ tenantId, correlationId: `corr-${index}` }))).job);
        }
        return jobs;
      }

      it('pages through every job of the tenant exactly once, newest first', async () => {
        const jobs = await seedJobs(TENANT_A);
        await seedJobs(TENANT_B, 4);
        const { items, pages } = await collectPages((request) => repos.jobs.list(TENANT_A, request), 5);
        expect(pages).toBe(5);
        expect(items.map((job) => job.id)).toEqual(newestFirst(jobs));
      });

      it('ends with a null cursor when the last page is exactly full', async () => {
        await seedJobs(TENANT_A, 6);
        const first = await repos.jobs.list(TENANT_A, { limit: 3 });
        expect(first.nextCursor).not.toBeNull();
        const second = await repos.jobs.list(TENANT_A, { limit: 3, cursor: first.nextCursor! });
        expect(second.items).toHaveLength(3);
        expect(second.nextCursor).toBeNull();
      });

      it('filters by status, paging within the filter', async () => {
        const jobs = await seedJobs(TENANT_A, 10);
        const running = jobs.filter((_, index) => index % 2 === 0);
        for (const job of running) await repos.jobs.transition(TENANT_A, job.id, { to: 'running' });
        const { items } = await collectPages(
          (request) => repos.jobs.list(TENANT_A, { ...request, status: 'running' }),
          2,
        );
        expect(items.map((job) => job.id)).toEqual(newestFirst(running));
        expect(items.every((job) => job.status === 'running')).toBe(true);
      });

      it('defaults to 20 items and accepts limits from 1 to 100 only', async () => {
        await seedJobs(TENANT_A, 21);
        expect((await repos.jobs.list(TENANT_A)).items).toHaveLength(20);
        expect((await repos.jobs.list(TENANT_A, { limit: 1 })).items).toHaveLength(1);
        expect((await repos.jobs.list(TENANT_A, { limit: 100 })).items).toHaveLength(21);
        for (const limit of [0, 101, 2.5, -3]) {
          await expect(repos.jobs.list(TENANT_A, { limit })).rejects.toThrow(InvalidPageLimitError);
        }
      });

      it('refuses altered, foreign and garbage cursors', async () => {
        await seedJobs(TENANT_A, 4);
        await seedJobs(TENANT_B, 4);
        const { nextCursor } = await repos.jobs.list(TENANT_A, { limit: 2 });
        const cursor = nextCursor!;
        const refused = [
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor: tamper(cursor) }),
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor: `${cursor}x` }),
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor: cursor.split('.')[0] }),
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor: 'not-a-cursor' }),
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor: '' }),
          // A cursor belongs to one listing: another tenant, another filter, another collection.
          () => repos.jobs.list(TENANT_B, { limit: 2, cursor }),
          () => repos.jobs.list(TENANT_A, { limit: 2, cursor, status: 'queued' }),
          () => repos.content.list(TENANT_A, { limit: 2, cursor }),
        ];
        for (const list of refused) await expect(list()).rejects.toThrow(InvalidCursorError);
      });
    });

    describe('content', () => {
      it('records content and reads it back by id within its tenant only', async () => {
        const { job } = await repos.jobs.create(newJob());
        const { content, created } = await repos.content.create(newContent(job.id));
        expect(created).toBe(true);
        expect(content).toMatchObject({
          tenantId: TENANT_A,
          jobId: job.id,
          kind: 'text/analysis',
          bytes: 512,
          metadata: { readability: { grade: 7.5 }, keywords: ['creator', 'video'] },
          provider: { engine: 'text', provider: 'offline' },
          createdAt: clock.now().toISOString(),
        });
        expect(await repos.content.get(TENANT_A, content.id)).toEqual(content);
        expect(await repos.content.get(TENANT_B, content.id)).toBeNull();
        expect(await repos.content.listByJob(TENANT_B, job.id)).toEqual([]);
      });

      it('keeps one record when the same delivery arrives again', async () => {
        const { job } = await repos.jobs.create(newJob());
        const first = await repos.content.create(newContent(job.id));
        clock.advance();
        const redelivered = await repos.content.create(newContent(job.id, { bytes: 999 }));
        expect(redelivered).toEqual({ content: first.content, created: false });
        const concurrent = await Promise.all([
          repos.content.create(newContent(job.id, { producerKey: 'title' })),
          repos.content.create(newContent(job.id, { producerKey: 'title' })),
        ]);
        expect(concurrent.filter((result) => result.created)).toHaveLength(1);
        expect(await repos.content.listByJob(TENANT_A, job.id)).toHaveLength(2);
      });

      it('lists a job’s content in the order it was produced', async () => {
        const { job } = await repos.jobs.create(newJob());
        const produced = [];
        for (const producerKey of ['analysis', 'titles', 'captions']) {
          clock.advance();
          produced.push((await repos.content.create(newContent(job.id, { producerKey }))).content);
        }
        const { job: other } = await repos.jobs.create(newJob());
        await repos.content.create(newContent(other.id));
        expect(await repos.content.listByJob(TENANT_A, job.id)).toEqual(produced);
      });

      it("refuses a blob key outside the content's tenant", async () => {
        const { job } = await repos.jobs.create(newJob());
        await expect(
          repos.content.create(newContent(job.id, { blobKey: blobKey(TENANT_B, job.id, 'analysis.json') })),
        ).rejects.toThrow(/blobKey/);
        await expect(repos.content.create(newContent(job.id, { blobKey: `${TENANT_A}/../x` }))).rejects.toThrow(
          /blobKey/,
        );
      });

      it('pages through the tenant’s content exactly once, newest first, and refuses altered cursors', async () => {
        const created = [];
        for (let index = 0; index < 11; index += 1) {
          if (index % 2 === 0) clock.advance();
          const { job } = await repos.jobs.create(newJob());
          created.push((await repos.content.create(newContent(job.id))).content);
        }
        const { job: foreign } = await repos.jobs.create(newJob({ tenantId: TENANT_B }));
        await repos.content.create(newContent(foreign.id, { tenantId: TENANT_B }));

        const { items } = await collectPages((request) => repos.content.list(TENANT_A, request), 4);
        expect(items.map((content) => content.id)).toEqual(newestFirst(created));

        const { nextCursor } = await repos.content.list(TENANT_A, { limit: 4 });
        await expect(repos.content.list(TENANT_A, { cursor: tamper(nextCursor!) })).rejects.toThrow(InvalidCursorError);
        await expect(repos.content.list(TENANT_A, { limit: 101 })).rejects.toThrow(InvalidPageLimitError);
      });
    });

    describe('engagement', () => {
      const observation = {
        tenantId: TENANT_A,
        contentId: 'content-1',
        platform: 'youtube',
        metrics: { views: 120, likes: 9 },
        observedAt: '2026-03-01T12:00:00.000Z',
      };

      it('records snapshots per content and platform and lists them oldest first', async () => {
        const later = await repos.engagement.record({ ...observation, observedAt: '2026-03-02T12:00:00.000Z' });
        const tiktok = await repos.engagement.record({ ...observation, platform: 'tiktok', metrics: { views: 3 } });
        const first = await repos.engagement.record(observation);
        await repos.engagement.record({ ...observation, contentId: 'content-2' });
        expect(first).toMatchObject({ ...observation, recordedAt: clock.now().toISOString() });
        expect(await repos.engagement.listByContent(TENANT_A, 'content-1')).toEqual([tiktok, first, later]);
      });

      it('replaces the metrics when the same observation is recorded again', async () => {
        const first = await repos.engagement.record(observation);
        clock.advance();
        const again = await repos.engagement.record({ ...observation, metrics: { views: 130, likes: 10 } });
        expect(again).toEqual({
          ...first,
          metrics: { views: 130, likes: 10 },
          recordedAt: clock.now().toISOString(),
        });
        expect(await repos.engagement.listByContent(TENANT_A, 'content-1')).toEqual([again]);
      });

      it("keeps one tenant's engagement from another", async () => {
        await repos.engagement.record(observation);
        expect(await repos.engagement.listByContent(TENANT_B, 'content-1')).toEqual([]);
      });

      it('rejects negative or non-finite metrics', async () => {
        await expect(repos.engagement.record({ ...observation, metrics: { views: -1 } })).rejects.toThrow();
        await expect(repos.engagement.record({ ...observation, metrics: { views: Number.NaN } })).rejects.toThrow();
      });
    });
  });
}
