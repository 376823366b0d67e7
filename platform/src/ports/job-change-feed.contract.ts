import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job, NewJob } from '../domain/job.ts';
import type { JobRepository } from './job.repository.port.ts';
import type { JobChangeFeed } from './job-change-feed.port.ts';

export interface JobChangeFeedFixture {
  feed: JobChangeFeed;
  /** The repository whose writes the feed reports. */
  jobs: JobRepository;
  /** Releases what the factory opened (feed, database). */
  close(): Promise<void>;
}

const TENANT_A = 'tenant-a';
const TENANT_B = 'tenant-b';
/** Delivery may be asynchronous (a database's change stream): wait for it, generously on a loaded machine. */
const DELIVERY = { timeout: 10_000, interval: 10 };

function newJob(tenantId: string): NewJob {
  return { tenantId, engine: 'text', task: 'analyze', input: { text: 'hello' }, correlationId: 'corr-1' };
}

/**
 * What every JobChangeFeed promises a live reader. Jobs are written as the services write them: through the
 * repository, then published, so a feed that hears the database itself must deliver each change once all the same.
 */
export function describeJobChangeFeedContract(name: string, make: () => Promise<JobChangeFeedFixture>): void {
  describe(`${name} job change feed contract`, () => {
    let fixture: JobChangeFeedFixture;

    beforeEach(async () => {
      fixture = await make();
      // As a server does before serving: from here on no change may be missed.
      await fixture.feed.open?.();
    });

    afterEach(async () => {
      await fixture.close();
    });

    async function create(tenantId: string): Promise<Job> {
      const { job } = await fixture.jobs.create(newJob(tenantId));
      fixture.feed.publish(job);
      return job;
    }

    function published(job: Job | null): Job {
      if (job === null) throw new Error('the job vanished');
      fixture.feed.publish(job);
      return job;
    }

    it("delivers each change to a tenant's jobs once, as the repository reads it, and no other tenant's", async () => {
      const seen: Job[] = [];
      fixture.feed.subscribe(TENANT_A, (job) => seen.push(job));
      const watched = await create(TENANT_A);
      const other = await create(TENANT_B);
      published((await fixture.jobs.transition(TENANT_A, watched.id, { to: 'running' })).job);
      published((await fixture.jobs.updateProgress(TENANT_A, watched.id, { percent: 40, message: 'halfway' })).job);
      published((await fixture.jobs.transition(TENANT_B, other.id, { to: 'running' })).job);
      // Changes come in write order, so once this last one arrives every earlier one has.
      const sentinel = await create(TENANT_A);
      await vi.waitFor(() => expect(seen.map((job) => job.id)).toContain(sentinel.id), DELIVERY);

      const watchedChanges = seen.filter((job) => job.id === watched.id);
      expect(watchedChanges).toHaveLength(3);
      expect(watchedChanges.at(-1)).toEqual(await fixture.jobs.get(TENANT_A, watched.id));
      expect(seen.every((job) => job.tenantId === TENANT_A)).toBe(true);
    });

    it('stops delivering to a listener once it unsubscribes, and only to it', async () => {
      const leaving: string[] = [];
      const staying: string[] = [];
      const unsubscribe = fixture.feed.subscribe(TENANT_A, (job) => leaving.push(job.id));
      fixture.feed.subscribe(TENANT_A, (job) => staying.push(job.id));
      const before = await create(TENANT_A);
      await vi.waitFor(() => expect(leaving).toContain(before.id), DELIVERY);

      unsubscribe();
      const after = await create(TENANT_A);
      await vi.waitFor(() => expect(staying).toContain(after.id), DELIVERY);
      expect(leaving).toEqual([before.id]);
      expect(staying).toEqual([before.id, after.id]);
    });
  });
}
