import { blobKey, type Content, type Job } from '@contentflow/platform';
import type { ApiHarness, TestUser } from './api-harness.ts';

/** What an engine leaves behind for a job: the bytes in the blob store and a content record the job points to. */
export async function storeContent(
  h: ApiHarness,
  user: TestUser,
  bytes = '{"words":2}',
  mimeType = 'application/json',
): Promise<{ job: Job; content: Content; key: string }> {
  const { job } = await h.repositories.jobs.create({
    tenantId: user.tenantId,
    engine: 'text',
    task: 'echo',
    input: { text: 'one two' },
    correlationId: 'corr',
  });
  const key = blobKey(user.tenantId, 'jobs', job.id, 'result');
  await h.blobs.put(key, Buffer.from(bytes), { contentType: mimeType });
  const { content } = await h.repositories.content.create({
    tenantId: user.tenantId,
    jobId: job.id,
    producerKey: 'result',
    kind: 'text/analysis',
    mimeType,
    blobKey: key,
    bytes: Buffer.byteLength(bytes),
    title: 'Analysis',
    metadata: { words: 2 },
    provider: { engine: 'text', provider: 'offline' },
  });
  await h.repositories.jobs.attachContent(user.tenantId, job.id, content.id);
  return { job, content, key };
}
