import { LocalBlobStore } from '@contentflow/platform';
import { describe, expect } from 'vitest';
import { ApiHarness, BASE_URL } from '../test-support/api-harness.ts';
import { test } from '../test-support/api-test.ts';
import { readContentPage, readJob, readProblem } from '../test-support/read-body.ts';
import { storeContent } from '../test-support/stored-content.ts';

describe('content metadata', () => {
  test('a job lists the content it produced, and the content is shown without storage internals', async ({
    h,
    ana,
  }) => {
    const { job, content } = await storeContent(h, ana);
    const shownJob = await readJob(await h.request(`/api/v1/jobs/${job.id}`, { headers: ana.headers }));
    expect(shownJob.contentIds).toEqual([content.id]);

    const response = await h.request(`/api/v1/content/${content.id}`, { headers: ana.headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: content.id,
      jobId: job.id,
      kind: 'text/analysis',
      mimeType: 'application/json',
      bytes: 11,
      title: 'Analysis',
      metadata: { words: 2 },
      provider: { engine: 'text', provider: 'offline' },
      createdAt: content.createdAt,
    });
  });

  test("lists the caller's content newest first, a page at a time", async ({ h, ana }) => {
    const bo = await h.user('bo@example.com');
    await storeContent(h, bo);
    const first = await storeContent(h, ana);
    const second = await storeContent(h, ana);
    const page = await readContentPage(await h.request('/api/v1/content?limit=1', { headers: ana.headers }));
    expect(page.items.map((item) => item.id)).toEqual([second.content.id]);
    const next = await (
      await h.request(`/api/v1/content?limit=1&cursor=${encodeURIComponent(page.nextCursor ?? '')}`, {
        headers: ana.headers,
      })
    ).json();
    expect(next).toEqual({ items: [expect.objectContaining({ id: first.content.id })], nextCursor: null });
  });
});

describe('GET /api/v1/content/:id/download', () => {
  test('redirects to a short-lived signed URL that serves the bytes with their media type', async ({ h, ana }) => {
    const { content, key } = await storeContent(h, ana);
    const response = await h.request(`/api/v1/content/${content.id}/download`, { headers: ana.headers });
    expect(response.status).toBe(302);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const location = new URL(response.headers.get('Location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${BASE_URL}/blobs/${key}`);
    const expires = Number(location.searchParams.get('expires'));
    expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(60_000);

    const blob = await h.request(`${location.pathname}${location.search}`);
    expect(blob.status).toBe(200);
    expect(blob.headers.get('Content-Type')).toBe('application/json');
    expect(blob.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await blob.text()).toBe('{"words":2}');
  });

  test('with redirect=false streams the bytes with the stored type and a file name', async ({ h, ana }) => {
    const { content } = await storeContent(h, ana, 'plain words', 'text/plain');
    const response = await h.request(`/api/v1/content/${content.id}/download?redirect=false`, { headers: ana.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/plain');
    expect(response.headers.get('Content-Length')).toBe('11');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="text-analysis-${content.id}.txt"`);
    expect(await response.text()).toBe('plain words');
  });

  test('content whose bytes are gone is a 404 that says so', async ({ h, ana }) => {
    const { content, key } = await storeContent(h, ana);
    await h.blobs.delete(key);
    const response = await h.request(`/api/v1/content/${content.id}/download?redirect=false`, { headers: ana.headers });
    expect(response.status).toBe(404);
    expect((await readProblem(response)).detail).toBe(`the bytes of content ${content.id} are missing`);
  });
});

describe('/blobs/* signed URLs', () => {
  test('an expired link is 410 Gone', async ({ h, ana }) => {
    const { key } = await storeContent(h, ana);
    const anHourAgo = new LocalBlobStore({
      dataDir: h.dir,
      baseUrl: BASE_URL,
      now: () => new Date(Date.now() - 3_600_000),
    });
    const url = new URL(await anHourAgo.signedUrl(key, { expiresInSeconds: 60 }));
    const response = await h.request(`${url.pathname}${url.search}`);
    expect(response.status).toBe(410);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await readProblem(response)).detail).toMatch(/^this download link expired at \d{4}-/);
  });

  test('are not served when blobs are not local (S3 serves its own URLs)', async () => {
    const remote = await ApiHarness.create({ localBlobs: false });
    try {
      const user = await remote.user('cy@example.com');
      const { key } = await storeContent(remote, user);
      const url = new URL(await remote.blobs.signedUrl(key, { expiresInSeconds: 60 }));
      expect((await remote.request(`${url.pathname}${url.search}`)).status).toBe(404);
    } finally {
      remote.close();
    }
  });
});
