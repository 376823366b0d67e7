import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../api/resources.ts';
import { InvalidJobEventError, parseJobEvent, reconnectDelayMs, upsertJob } from './job-feed.ts';
import { aJob } from './job-fixtures.ts';

describe('parseJobEvent', () => {
  it('reads the job in an event’s data, dropping fields the site does not know', () => {
    const job = aJob({ status: 'running' });
    expect(parseJobEvent(JSON.stringify({ ...job, tenantSecret: 'x' }))).toEqual(job);
  });

  it.each([
    ['not JSON', 'event: job'],
    ['JSON that is not a job', '{"id":"job-1"}'],
    ['an unknown status', JSON.stringify({ ...aJob(), status: 'paused' })],
  ])('refuses %s', (_, data) => {
    expect(() => parseJobEvent(data)).toThrow(InvalidJobEventError);
  });
});

describe('upsertJob', () => {
  const queued = aJob({ id: 'a', createdAt: '2026-11-26T12:00:00Z', updatedAt: '2026-11-26T12:00:00Z' });
  const running = { ...queued, status: 'running' as const, updatedAt: '2026-11-26T12:00:01Z' };

  it('replaces a job with a newer state of it', () => {
    expect(upsertJob([queued], running, 10)).toEqual([running]);
  });

  it('keeps the newer state when an older one arrives late (the list and the stream race)', () => {
    expect(upsertJob([running], queued, 10)).toEqual([running]);
    expect(upsertJob([running], running, 10)).toEqual([running]);
  });

  it('orders two states with the same updatedAt by how far the job got (the clock has millisecond resolution)', () => {
    const progressed = { ...running, progress: { percent: 40 } };
    const done = { ...progressed, status: 'succeeded' as const, progress: { percent: 100 }, contentIds: ['c1'] };
    expect(upsertJob([progressed], done, 10)).toEqual([done]);
    expect(upsertJob([done], progressed, 10)).toEqual([done]);
    expect(upsertJob([running], progressed, 10)).toEqual([progressed]);
  });

  it('adds a new job in creation order, newest first, and keeps the list at its limit', () => {
    const older = aJob({ id: 'old', createdAt: '2026-11-26T11:00:00Z', updatedAt: '2026-11-26T11:00:00Z' });
    const newer = aJob({ id: 'new', createdAt: '2026-11-26T13:00:00Z', updatedAt: '2026-11-26T13:00:00Z' });
    expect(upsertJob([queued], newer, 10).map((job) => job.id)).toEqual(['new', 'a']);
    expect(upsertJob([queued], older, 10).map((job) => job.id)).toEqual(['a', 'old']);
    expect(upsertJob([newer, queued], older, 2).map((job) => job.id)).toEqual(['new', 'a']);
  });

  it('shows each job once, in its newest state, whatever order the updates arrive in', () => {
    const update = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      created: fc.integer({ min: 0, max: 100 }),
      updated: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(update, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (updates, limit) => {
        // One creation time per job, as in the API.
        const createdAt = new Map(updates.map((u) => [u.id, u.created] as const));
        const jobs = updates.map((u) =>
          aJob({
            id: u.id,
            createdAt: new Date((createdAt.get(u.id) ?? 0) * 1000).toISOString(),
            updatedAt: new Date(1_000_000 + u.updated * 1000).toISOString(),
          }),
        );
        const list = jobs.reduce<Job[]>((shown, job) => upsertJob(shown, job, limit), []);
        const ids = list.map((job) => job.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(list.length).toBeLessThanOrEqual(limit);
        const created = list.map((job) => Date.parse(job.createdAt));
        expect(created).toEqual([...created].sort((x, y) => y - x));
        for (const job of list) {
          const newest = Math.max(...jobs.filter((j) => j.id === job.id).map((j) => Date.parse(j.updatedAt)));
          expect(Date.parse(job.updatedAt)).toBe(newest);
        }
      }),
    );
  });
});

describe('reconnectDelayMs', () => {
  it('doubles from one second and stops growing at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
