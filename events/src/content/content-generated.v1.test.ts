import { describe, expect, test } from 'vitest';
import type { EventDataInput } from '../define-event.ts';
import { EventValidationError } from '../event-errors.ts';
import { contentGeneratedV1 } from './content-generated.v1.ts';

const data: EventDataInput<typeof contentGeneratedV1> = {
  jobId: 'job-1',
  contentId: 'content-1',
  kind: 'short-video',
  blobs: [
    { key: 'tenant-a/job-1/video.mp4', mimeType: 'video/mp4', bytes: 4_200_000 },
    { key: 'tenant-a/job-1/captions.vtt', mimeType: 'text/vtt', bytes: 1_200 },
  ],
  generatedBy: { engine: 'video', provider: 'bedrock', model: 'amazon.nova-reel-v1:1' },
  step: { executionId: 'arn:aws:states:eu-west-1:123456789012:execution:package:job-1', stepName: 'Video' },
};

function generate(override: Record<string, unknown>) {
  return () =>
    contentGeneratedV1.create({ source: 'contentflow.video', tenantId: 't', data: { ...data, ...override } });
}

function failingPaths(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof EventValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

describe('Content.Generated v1', () => {
  test('carries blob references, provenance and the workflow step', () => {
    expect(generate({})().detail.data).toEqual(data);
  });

  test.each(['../secrets.txt', '/etc/passwd', 'a//b.png', 'a/./b.png', 'a/../../b.png', 'a b.png', ''])(
    'rejects the unsafe blob key %j',
    (key) => {
      const blobs = [{ key, mimeType: 'image/png', bytes: 1 }];
      expect(failingPaths(generate({ blobs }))).toEqual(['data.blobs.0.key']);
    },
  );

  test('accepts keys with dots inside names', () => {
    const blobs = [{ key: 'tenant-a/job-1/v1.2..final.png', mimeType: 'image/png', bytes: 1 }];
    expect(failingPaths(generate({ blobs }))).toEqual([]);
  });

  test('requires at least one blob, a known provider and a MIME type', () => {
    expect(failingPaths(generate({ blobs: [] }))).toEqual(['data.blobs']);
    expect(failingPaths(generate({ generatedBy: { engine: 'video', provider: 'magic' } }))).toEqual([
      'data.generatedBy.provider',
    ]);
    const blobs = [{ key: 'a.png', mimeType: 'png', bytes: 1 }];
    expect(failingPaths(generate({ blobs }))).toEqual(['data.blobs.0.mimeType']);
  });
});
