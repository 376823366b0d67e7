import { expect, expectTypeOf, test } from 'vitest';
import {
  type Engine,
  EVENT_CATALOG,
  type EventData,
  type EventDetail,
  type EventEntryOf,
  type jobProgressedV1,
  jobStartedV1,
} from './index.ts';

test('a producer and a consumer exchange an event through JSON, as over EventBridge', () => {
  const entry = jobStartedV1.create({
    source: 'contentflow.social',
    tenantId: 'tenant-a',
    correlationId: 'job-9',
    data: { jobId: 'job-9', engine: 'social', task: 'posting-schedule' },
  });
  const received: EventDetail<typeof jobStartedV1> = jobStartedV1.parse(JSON.parse(JSON.stringify(entry.detail)));
  expect(received).toEqual(entry.detail);
  expect(EVENT_CATALOG).toContain(jobStartedV1);
});

test('one zod definition gives the static types', () => {
  expectTypeOf<EventData<typeof jobProgressedV1>>().toEqualTypeOf<{
    jobId: string;
    engine: Engine;
    percent: number;
    message: string;
    step?: { executionId: string; stepName: string; taskToken?: string | undefined } | undefined;
  }>();
  expectTypeOf<EventDetail<typeof jobProgressedV1>['metadata']['version']>().toEqualTypeOf<'1'>();
  expectTypeOf<EventEntryOf<typeof jobProgressedV1>['source']>().toEqualTypeOf<`contentflow.${Engine}`>();
  expectTypeOf<EventEntryOf<typeof jobProgressedV1>['detailType']>().toEqualTypeOf<'Job.Progressed'>();
});
