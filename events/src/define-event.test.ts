import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contentGeneratedV1 } from './content/content-generated.v1.ts';
import { defineEvent, MAX_EVENT_ENTRY_BYTES } from './define-event.ts';
import {
  EventCausationError,
  EventDefinitionError,
  EventSourceError,
  EventTooLargeError,
  EventValidationError,
} from './event-errors.ts';
import { jobFailedV1 } from './job/job-failed.v1.ts';
import { jobProgressedV1 } from './job/job-progressed.v1.ts';
import { jobRequestedV1 } from './job/job-requested.v1.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const requestData = {
  jobId: 'job-1',
  engine: 'image',
  task: 'thumbnail',
  input: { title: 'Ten tips for better sleep' },
  requestedBy: 'user-7',
} as const;

function requestJob(input: Record<string, unknown> = {}) {
  return jobRequestedV1.create({ source: 'contentflow.jobs', tenantId: 'tenant-a', data: requestData, ...input });
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('create', () => {
  test('returns a PutEvents-shaped entry with the validated data', () => {
    const entry = requestJob();
    expect(entry.source).toBe('contentflow.jobs');
    expect(entry.detailType).toBe('Job.Requested');
    expect(entry.detail.data).toEqual(requestData);
  });

  test('stamps metadata: version, a v7 id, tenant, occurredAt; a first event correlates to itself', () => {
    const before = Date.now();
    const { metadata } = requestJob().detail;
    const after = Date.now();
    expect(metadata.version).toBe('1');
    expect(metadata.id).toMatch(UUID_V7);
    expect(metadata.tenantId).toBe('tenant-a');
    expect(metadata.correlationId).toBe(metadata.id);
    expect(metadata.causationId).toBeNull();
    const occurredAt = Date.parse(metadata.occurredAt);
    expect(occurredAt).toBeGreaterThanOrEqual(before);
    expect(occurredAt).toBeLessThanOrEqual(after);
    expect(metadata.occurredAt).toBe(new Date(occurredAt).toISOString());
  });

  test('gives every event its own id', () => {
    expect(requestJob().detail.metadata.id).not.toBe(requestJob().detail.metadata.id);
  });

  test('joins a correlation id the caller already has', () => {
    expect(requestJob({ correlationId: 'job-1' }).detail.metadata.correlationId).toBe('job-1');
  });

  test('chains causation: a caused event carries the correlation and names its cause', () => {
    const requested = requestJob({ correlationId: 'job-1' }).detail;
    const progressed = jobProgressedV1.create({
      source: 'contentflow.image',
      tenantId: 'tenant-a',
      causedBy: requested.metadata,
      data: { jobId: 'job-1', engine: 'image', percent: 50, message: 'Rendering' },
    }).detail;
    const failed = jobFailedV1.create({
      source: 'contentflow.image',
      tenantId: 'tenant-a',
      causedBy: progressed.metadata,
      data: { jobId: 'job-1', error: { code: 'RENDER_FAILED', message: 'Font missing', retryable: false } },
    }).detail;

    expect(progressed.metadata.causationId).toBe(requested.metadata.id);
    expect(failed.metadata.causationId).toBe(progressed.metadata.id);
    expect([progressed.metadata.correlationId, failed.metadata.correlationId]).toEqual(['job-1', 'job-1']);
  });

  test('refuses a cause from another tenant', () => {
    const requested = requestJob().detail;
    const error = catchError(() =>
      jobProgressedV1.create({
        source: 'contentflow.image',
        tenantId: 'tenant-b',
        causedBy: requested.metadata,
        data: { jobId: 'job-1', engine: 'image', percent: 1, message: 'Starting' },
      }),
    );
    expect(error).toBeInstanceOf(EventCausationError);
    expect(String(error)).toContain('tenant-a');
  });

  test('rejects bad data, naming the event and every failing path', () => {
    const error = catchError(() =>
      jobProgressedV1.create({
        source: 'contentflow.video',
        tenantId: 'tenant-a',
        data: { jobId: 'job/../1', engine: 'video', percent: 140, message: '' },
      }),
    );
    expect(error).toBeInstanceOf(EventValidationError);
    const { message, event, issues } = error as EventValidationError;
    expect(event).toBe('Job.Progressed v1');
    expect(message).toMatch(/^Invalid Job\.Progressed v1 detail: /);
    expect(issues.map((issue) => issue.path).sort()).toEqual(['data.jobId', 'data.message', 'data.percent']);
  });

  test('rejects a tenant id that is not a safe identifier', () => {
    const error = catchError(() => requestJob({ tenantId: 'tenant a' }));
    expect((error as EventValidationError).issues.map((issue) => issue.path)).toEqual(['metadata.tenantId']);
  });

  test('requires the producer to name itself when several sources may publish the event', () => {
    const data = { jobId: 'job-1', engine: 'audio', percent: 10, message: 'Synthesising' } as const;
    // @ts-expect-error: a multi-source event needs `source` at compile time too.
    expect(() => jobProgressedV1.create({ tenantId: 'tenant-a', data })).toThrow(EventSourceError);
  });

  test('rejects a source the definition does not allow', () => {
    const data = { jobId: 'job-1', engine: 'audio', percent: 10, message: 'Synthesising' } as const;
    // @ts-expect-error: the job processor does not report progress.
    expect(() => jobProgressedV1.create({ source: 'contentflow.jobs', tenantId: 'tenant-a', data })).toThrow(
      /cannot come from contentflow\.jobs/,
    );
  });

  test('stamps the only source of a single-source event', () => {
    const single = defineEvent({
      source: 'contentflow.jobs',
      detailType: 'Test.Happened',
      version: '1',
      description: 'test',
      producer: 'test',
      data: z.object({ n: z.number() }),
    });
    expect(single.create({ tenantId: 't', data: { n: 1 } }).source).toBe('contentflow.jobs');
  });

  test('counts the entry size in UTF-8 bytes and rejects entries over 256 KiB', () => {
    // 140 000 two-byte characters: under the limit counted in characters, over it in bytes.
    const error = catchError(() => requestJob({ data: { ...requestData, input: { text: 'é'.repeat(140_000) } } }));
    expect(error).toBeInstanceOf(EventTooLargeError);
    const tooLarge = error as EventTooLargeError;
    expect(tooLarge.limit).toBe(MAX_EVENT_ENTRY_BYTES);
    expect(tooLarge.bytes).toBeGreaterThan(280_000);
    expect(tooLarge.message).toMatch(/Job\.Requested v1 entry is \d+ bytes; EventBridge accepts at most 262144/);
  });

  test('accepts an entry just under the limit', () => {
    const overhead = Buffer.byteLength(JSON.stringify(requestJob().detail)) + 'contentflow.jobsJob.Requested'.length;
    const text = 'x'.repeat(MAX_EVENT_ENTRY_BYTES - overhead - '"text":"",'.length - 64);
    expect(() => requestJob({ data: { ...requestData, input: { text } } })).not.toThrow();
  });
});

describe('parse', () => {
  const detail = JSON.parse(JSON.stringify(requestJob().detail)) as unknown;

  test('returns a valid detail received as JSON', () => {
    expect(jobRequestedV1.parse(detail)).toEqual(detail);
  });

  test('ignores fields it does not know, so producers can add optional fields within a version', () => {
    const extended = structuredClone(detail) as { data: Record<string, unknown> };
    extended.data['priority'] = 'high';
    expect(jobRequestedV1.parse(extended).data).not.toHaveProperty('priority');
  });

  test('rejects another version of the same event', () => {
    const v2 = structuredClone(detail) as { metadata: Record<string, unknown> };
    v2.metadata['version'] = '2';
    const error = catchError(() => jobRequestedV1.parse(v2)) as EventValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual(['metadata.version']);
  });

  test('rejects a foreign event: another event type, with every failing path', () => {
    const foreign = JSON.parse(
      JSON.stringify(
        contentGeneratedV1.create({
          source: 'contentflow.image',
          tenantId: 'tenant-a',
          data: {
            jobId: 'job-1',
            contentId: 'content-1',
            kind: 'thumbnail',
            blobs: [{ key: 'tenant-a/job-1/thumbnail.png', mimeType: 'image/png', bytes: 2048 }],
            generatedBy: { engine: 'image', provider: 'offline', model: 'satori' },
          },
        }).detail,
      ),
    ) as unknown;
    const error = catchError(() => jobRequestedV1.parse(foreign)) as EventValidationError;
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      'data.engine',
      'data.input',
      'data.requestedBy',
      'data.task',
    ]);
  });

  test.each([
    ['a string', 'not a detail', ['']],
    ['null', null, ['']],
    ['a detail without metadata', { data: requestData }, ['metadata']],
  ])('rejects %s with a clear error', (_label, input, paths) => {
    const error = catchError(() => jobRequestedV1.parse(input)) as EventValidationError;
    expect(error).toBeInstanceOf(EventValidationError);
    expect(error.message).toMatch(/^Invalid Job\.Requested v1 detail: /);
    expect(error.issues.map((issue) => issue.path)).toEqual(paths);
  });

  test('rejects a malformed occurredAt', () => {
    const stale = structuredClone(detail) as { metadata: Record<string, unknown> };
    stale.metadata['occurredAt'] = 'yesterday';
    const error = catchError(() => jobRequestedV1.parse(stale)) as EventValidationError;
    expect(error.message).toContain('metadata.occurredAt: Invalid ISO datetime');
  });
});

describe('pattern', () => {
  test('matches exactly this event version from its sources', () => {
    expect(jobRequestedV1.pattern()).toEqual({
      source: ['contentflow.jobs', 'contentflow.orchestrator'],
      'detail-type': ['Job.Requested'],
      detail: { metadata: { version: ['1'] } },
    });
  });

  test('adds detail filters but never lets them override the version', () => {
    expect(
      jobRequestedV1.pattern({ data: { engine: ['video'] }, metadata: { version: ['2'], tenantId: ['t'] } }),
    ).toEqual({
      source: ['contentflow.jobs', 'contentflow.orchestrator'],
      'detail-type': ['Job.Requested'],
      detail: { data: { engine: ['video'] }, metadata: { tenantId: ['t'], version: ['1'] } },
    });
  });
});

describe('defineEvent naming rules', () => {
  const valid = {
    source: 'contentflow.jobs',
    detailType: 'Job.Requested',
    version: '1',
    description: 'test',
    producer: 'test',
    data: z.object({}),
  } as const;

  test.each([
    ['a detail-type that is not <Entity>.<PastTense>', { detailType: 'job-requested.' }, /detail-type/],
    ['a version that is not a positive integer', { version: 'v1' }, /version/],
    ['a source outside contentflow.<service>', { source: 'aws.s3' }, /sources must be contentflow/],
    ['no source at all', { source: [] }, /at least one source/],
  ])('rejects %s', (_label, override, message) => {
    const spec = { ...valid, ...override } as typeof valid;
    expect(() => defineEvent(spec)).toThrow(EventDefinitionError);
    expect(() => defineEvent(spec)).toThrow(message);
  });
});
