import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiHarness, type TestUser } from '../test-support/api-harness.ts';

let api: ApiHarness;
let user: TestUser;
let png: Buffer;

beforeAll(async () => {
  api = await ApiHarness.create();
  user = await api.user('uploader@example.com');
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
});
afterAll(() => api.close());

/** Every stored blob file, so a refused upload can be shown to have written none. */
function blobFiles(): string[] {
  return readdirSync(join(api.dir, 'blobs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

function upload(body: Uint8Array | string, contentType = 'image/png', headers: Record<string, string> = user.headers) {
  return api.app.request('/api/v1/uploads', {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType },
    body,
  });
}

describe('POST /api/v1/uploads', () => {
  test('stores an image under the tenant and says what it really is', async () => {
    const response = await upload(png, 'application/octet-stream');
    expect(response.status).toBe(201);
    const stored = (await response.json()) as { blobKey: string; bytes: number; contentType: string };
    expect(stored).toMatchObject({ bytes: png.byteLength, contentType: 'image/png' });
    expect(stored.blobKey).toMatch(new RegExp(`^${user.tenantId}/uploads/[\\w-]+\\.png$`));
    expect(Buffer.from((await api.blobs.get(stored.blobKey)).body)).toEqual(png);
  });

  test.each([
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml', /not a PNG, JPEG, GIF, WebP or AVIF/],
    ['text labelled as PNG', 'just text', 'image/png', /not a PNG/],
    ['an empty body', '', 'image/png', /empty/],
  ])('refuses %s with a 400 and stores nothing', async (_, body, type, message) => {
    const before = blobFiles().length;
    const response = await upload(body, type);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(message);
    expect(blobFiles()).toHaveLength(before);
  });

  test('refuses an upload over the limit with 413', async () => {
    const response = await upload(new Uint8Array(20 * 1024 * 1024 + 1));
    expect(response.status).toBe(413);
  });

  test('requires a signed-in caller', async () => {
    expect((await upload(png, 'image/png', {})).status).toBe(401);
  });
});
