import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import {
  JOBS_SOURCE,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  jobRequestedV1,
  ORCHESTRATOR_SOURCE,
  type PackageStep,
  packageCompletedV1,
  shortVideoPackageWorkflow,
} from '@contentflow/events';
import {
  compileEventPattern,
  createSqliteRepositories,
  InProcessJobChangeFeed,
  type Job,
  type JobRepository,
  openDatabase,
} from '@contentflow/platform';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiManifest } from '../manifest.ts';
import { UntrackableEventError } from './track-job-event.ts';
import { parseStepName, trackStepEvent } from './track-step-event.ts';

const TENANT = 'tenant-a';
const EXECUTION = 'local:short-video-package:job';

let dir: string;
let db: DatabaseSync;
let jobs: JobRepository;
let feed: InProcessJobChangeFeed;
let announced: Job[];
let jobId: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-steps-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  jobs = createSqliteRepositories(db).jobs;
  feed = new InProcessJobChangeFeed();
  announced = [];
  feed.subscribe(TENANT, (job) => announced.push(job));
  const { job } = await jobs.create({
    tenantId: TENANT,
    engine: 'orchestrator',
    task: shortVideoPackageWorkflow.name,
    input: { topic: 'bread' },
    correlationId: 'corr',
  });
  await jobs.transition(TENANT, job.id, { to: 'running' });
  jobId = job.id;
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const track = (entry: { detailType: string; detail: unknown }) =>
  trackStepEvent(entry.detailType, JSON.parse(JSON.stringify(entry.detail)), {
    jobs,
    jobChanges: feed,
    workflows: [shortVideoPackageWorkflow],
  });

const step = (stepName: string) => ({ executionId: EXECUTION, stepName, taskToken: `token-${stepName}` });
const envelope = { tenantId: TENANT, correlationId: 'corr' };

const requested = (stepName: string) =>
  jobRequestedV1.create({
    ...envelope,
    source: ORCHESTRATOR_SOURCE,
    data: { jobId, engine: 'video', task: 'short', input: {}, requestedBy: 'user-1', step: step(stepName) },
  });

const progressed = (stepName: string, percent: number) =>
  jobProgressedV1.create({
    ...envelope,
    source: 'contentflow.video',
    data: { jobId, engine: 'video', percent, message: `encoding ${percent}%`, step: step(stepName) },
  });

const completed = (stepName: string, contentIds: string[]) =>
  jobCompletedV1.create({
    ...envelope,
    source: 'contentflow.video',
    data: { jobId, engine: 'video', contentIds, step: step(stepName) },
  });

const failed = (stepName: string) =>
  jobFailedV1.create({
    ...envelope,
    source: 'contentflow.audio',
    data: {
      jobId,
      engine: 'audio',
      error: { code: 'PROVIDER_BUSY', message: 'try again', retryable: true },
      step: step(stepName),
    },
  });

const packaged = (steps: PackageStep[]) =>
  packageCompletedV1.create({
    ...envelope,
    data: { jobId, workflow: shortVideoPackageWorkflow.name, status: 'partial', steps },
  });

describe('trackStepEvent', () => {
  test('records a step live from its engine events and announces each change with the job’s overall progress', async () => {
    expect(await track(requested('Video.0'))).toBe(true);
    expect(announced.at(-1)?.steps).toEqual([
      { name: 'Video', status: 'running', attempt: 1, startedAt: expect.any(String), contentIds: [] },
    ]);

    expect(await track(progressed('Video.0', 50))).toBe(true);
    const halfway = announced.at(-1)!;
    expect(halfway.steps[0]?.progress).toEqual({ percent: 50, message: 'encoding 50%' });
    // Half of one of the workflow's nine steps.
    expect(halfway.progress).toEqual({ percent: 5, message: 'running Video' });

    expect(await track(completed('Video.0', ['content-mp4']))).toBe(true);
    const done = announced.at(-1)!;
    expect(done.steps[0]).toMatchObject({ status: 'succeeded', contentIds: ['content-mp4'] });
    expect(done.progress).toEqual({ percent: 11, message: '1 of 9 steps finished' });
    expect(await jobs.get(TENANT, jobId)).toEqual(done);
  });

  test('a retry is the next attempt; duplicates and late events change and announce nothing', async () => {
    await track(requested('Music.0'));
    await track(failed('Music.0'));
    await track(requested('Music.1'));
    const count = announced.length;
    for (const late of [requested('Music.0'), failed('Music.0'), requested('Music.1')]) {
      expect(await track(late)).toBe(false);
    }
    expect(announced).toHaveLength(count);
    expect((await jobs.get(TENANT, jobId))?.steps).toEqual([
      { name: 'Music', status: 'running', attempt: 2, startedAt: expect.any(String), contentIds: [] },
    ]);
  });

  test('the package verdict settles every step: caught failures with their cause, skipped steps', async () => {
    await track(requested('Video.0'));
    await track(requested('Title.0'));
    await track(completed('Title.0', ['content-title']));
    expect(
      await track(
        packaged([
          { stepName: 'Script', status: 'skipped', contentIds: [] },
          { stepName: 'Title', status: 'succeeded', contentIds: ['content-title'] },
          {
            stepName: 'Video',
            status: 'failed',
            contentIds: [],
            error: 'States.Timeout',
            cause: 'no answer in 1800 s',
          },
        ]),
      ),
    ).toBe(true);
    const job = await jobs.get(TENANT, jobId);
    expect(job?.steps.map(({ name, status, attempt, error }) => ({ name, status, attempt, error }))).toEqual([
      {
        name: 'Video',
        status: 'failed',
        attempt: 1,
        error: { code: 'States.Timeout', message: 'no answer in 1800 s' },
      },
      { name: 'Title', status: 'succeeded', attempt: 1, error: undefined },
      { name: 'Script', status: 'skipped', attempt: 0, error: undefined },
    ]);
    expect(announced.at(-1)).toEqual(job);
  });

  test('a step name without its retry count cannot be tracked, and retrying would not help', async () => {
    await expect(track(requested('Video'))).rejects.toThrow(UntrackableEventError);
    await expect(track(requested('Not a state.0'))).rejects.toThrow(UntrackableEventError);
    expect((await jobs.get(TENANT, jobId))?.steps).toEqual([]);
  });

  test('parses the attempt from the state name', () => {
    expect(parseStepName('Video.0')).toEqual({ name: 'Video', attempt: 1 });
    expect(parseStepName('Narration.2')).toEqual({ name: 'Narration', attempt: 3 });
  });
});

describe('the step tracker’s rule', () => {
  const rule = apiManifest.subscriptions.find((subscription) => subscription.name === 'api-step-tracker')!;
  const tracker = apiManifest.subscriptions.find((subscription) => subscription.name === 'api-job-tracker')!;
  const asDelivered = (entry: { source: string; detailType: string; detail: unknown }) => ({
    source: entry.source,
    'detail-type': entry.detailType,
    detail: JSON.parse(JSON.stringify(entry.detail)),
  });

  test('takes step events and the package verdict; the job tracker takes the rest, so each event has one owner', () => {
    const steps = [requested('Video.0'), progressed('Video.0', 10), completed('Video.0', ['c']), failed('Music.0')];
    const single = jobRequestedV1.create({
      ...envelope,
      source: JOBS_SOURCE,
      data: { jobId, engine: 'text', task: 'analyze', input: {}, requestedBy: 'user-1' },
    });
    const stepRule = compileEventPattern(rule.eventPattern);
    const jobRule = compileEventPattern(tracker.eventPattern);
    for (const entry of [...steps, packaged([{ stepName: 'Script', status: 'skipped', contentIds: [] }])]) {
      expect(stepRule.matches(asDelivered(entry)), entry.detailType).toBe(true);
      expect(jobRule.matches(asDelivered(entry)), entry.detailType).toBe(false);
    }
    expect(stepRule.matches(asDelivered(single))).toBe(false);
  });
});
