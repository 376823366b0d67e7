import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NASTY_BLOB_KEYS } from '../../domain/blob-key.fixtures.ts';
import { blobKey, InvalidBlobKeyError } from '../../domain/blob-key.ts';
import {
  BlobNotFoundError,
  InvalidContentTypeError,
  InvalidSignedUrlExpiryError,
} from '../../ports/blob-store.port.ts';
import { LocalBlobStore } from './local-blob-store.ts';
import { ExpiredSignedUrlError, InvalidSignedUrlError } from './signed-blob-url.ts';

const BASE_URL = 'http://localhost:3000';
const KEY = blobKey('tenant-a', 'job-1', 'caption.txt');

/** Every file under `directory`, relative to it. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('LocalBlobStore', () => {
  let dataDir: string;
  let clock: { at: number };
  let store: LocalBlobStore;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cf-blobs-'));
    clock = { at: Date.parse('2026-03-01T09:00:00.000Z') };
    store = new LocalBlobStore({ dataDir, baseUrl: BASE_URL, now: () => new Date(clock.at) });
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('objects', () => {
    it('stores bytes with their content type and reads them back whole, streamed and as metadata', async () => {
      const body = new TextEncoder().encode('Five tips for better thumbnails');
      expect(await store.put(KEY, body, { contentType: 'text/plain; charset=utf-8' })).toEqual({
        size: body.byteLength,
        contentType: 'text/plain; charset=utf-8',
      });
      const got = await store.get(KEY);
      expect(Buffer.from(got.body).toString()).toBe('Five tips for better thumbnails');
      expect(got).toMatchObject({ size: body.byteLength, contentType: 'text/plain; charset=utf-8' });
      expect(await store.head(KEY)).toEqual({ size: body.byteLength, contentType: 'text/plain; charset=utf-8' });
      const streamed = await store.stream(KEY);
      expect(streamed.size).toBe(body.byteLength);
      expect(await text(streamed.body)).toBe('Five tips for better thumbnails');
    });

    it('stores a stream, counting its bytes', async () => {
      const chunks = Array.from({ length: 64 }, (_, index) => Buffer.alloc(16 * 1024, index));
      const info = await store.put(KEY, Readable.from(chunks), { contentType: 'application/octet-stream' });
      expect(info.size).toBe(64 * 16 * 1024);
      const { body } = await store.get(KEY);
      expect(Buffer.from(body).equals(Buffer.concat(chunks))).toBe(true);
    });

    it('keeps a key and the keys below it apart, as S3 does', async () => {
      const parent = blobKey('tenant-a', 'job-1');
      await store.put(parent, Buffer.from('parent'), { contentType: 'text/plain' });
      await store.put(KEY, Buffer.from('child'), { contentType: 'text/plain' });
      expect(Buffer.from((await store.get(parent)).body).toString()).toBe('parent');
      expect(Buffer.from((await store.get(KEY)).body).toString()).toBe('child');
    });

    it('reports a missing blob with a typed error and deletes idempotently', async () => {
      await expect(store.get(KEY)).rejects.toThrow(BlobNotFoundError);
      await expect(store.head(KEY)).rejects.toThrow(BlobNotFoundError);
      await expect(store.stream(KEY)).rejects.toThrow(BlobNotFoundError);
      await store.put(KEY, Buffer.from('x'), { contentType: 'text/plain' });
      await store.delete(KEY);
      await store.delete(KEY);
      await expect(store.head(KEY)).rejects.toThrow(BlobNotFoundError);
    });

    it('refuses a malformed content type', async () => {
      for (const contentType of ['', 'text', 'text/plain\r\nX-Evil: 1', 'a/b; c']) {
        await expect(store.put(KEY, Buffer.from('x'), { contentType })).rejects.toThrow(InvalidContentTypeError);
      }
    });
  });

  describe('keys', () => {
    it.each(NASTY_BLOB_KEYS)('refuses a key with %s in every operation', async (_, key) => {
      const body = Buffer.from('payload');
      await expect(store.put(key, body, { contentType: 'text/plain' })).rejects.toThrow(InvalidBlobKeyError);
      await expect(store.get(key)).rejects.toThrow(InvalidBlobKeyError);
      await expect(store.stream(key)).rejects.toThrow(InvalidBlobKeyError);
      await expect(store.head(key)).rejects.toThrow(InvalidBlobKeyError);
      await expect(store.delete(key)).rejects.toThrow(InvalidBlobKeyError);
      await expect(store.signedUrl(key, { expiresInSeconds: 60 })).rejects.toThrow(InvalidBlobKeyError);
      expect(filesUnder(dataDir).filter((file) => file !== 'blob-signing.key')).toEqual([]);
    });

    it("files each tenant's blobs under the tenant's own folder", async () => {
      await store.put(blobKey('tenant-a', 'x.png'), Buffer.from('a'), { contentType: 'image/png' });
      await store.put(blobKey('tenant-b', 'x.png'), Buffer.from('b'), { contentType: 'image/png' });
      expect(filesUnder(join(dataDir, 'blobs'))).toEqual([join('tenant-a', 'x.png~'), join('tenant-b', 'x.png~')]);
    });
  });

  describe('atomic writes', () => {
    it('shows readers the old blob while a new one is being written, then the new one', async () => {
      await store.put(KEY, Buffer.from('old caption'), { contentType: 'text/plain' });
      const incoming = new PassThrough();
      const writing = store.put(KEY, incoming, { contentType: 'text/markdown' });
      incoming.write('new caption, first half… ');
      const temp = join(dataDir, 'blobs', '.tmp');
      // Wait until the first half is on disk in the temporary file.
      await until(async () => {
        const names = await readdir(temp).catch(() => []);
        return names.length === 1 && (await stat(join(temp, names[0]!))).size > 30;
      });
      expect(await store.head(KEY)).toEqual({ size: 11, contentType: 'text/plain' });
      expect(Buffer.from((await store.get(KEY)).body).toString()).toBe('old caption');

      incoming.end('second half');
      await writing;
      expect(Buffer.from((await store.get(KEY)).body).toString()).toBe('new caption, first half… second half');
      expect((await store.head(KEY)).contentType).toBe('text/markdown');
      expect(readdirSync(temp)).toEqual([]);
    });

    it('leaves the old blob and no temporary file when the body stream fails', async () => {
      await store.put(KEY, Buffer.from('old caption'), { contentType: 'text/plain' });
      const failing = new Readable({
        read() {
          this.push(Buffer.from('partial'));
          this.destroy(new Error('upstream connection reset'));
        },
      });
      await expect(store.put(KEY, failing, { contentType: 'text/plain' })).rejects.toThrow('upstream connection reset');
      expect(Buffer.from((await store.get(KEY)).body).toString()).toBe('old caption');
      expect(readdirSync(join(dataDir, 'blobs', '.tmp'))).toEqual([]);
    });

    it('makes its temporary folder again after someone removed it (the failed put is the retry signal)', async () => {
      await store.put(KEY, Buffer.from('first'), { contentType: 'text/plain' });
      rmSync(join(dataDir, 'blobs', '.tmp'), { recursive: true });
      await expect(store.put(KEY, Buffer.from('lost'), { contentType: 'text/plain' })).rejects.toMatchObject({
        code: 'ENOENT',
      });
      await store.put(KEY, Buffer.from('second'), { contentType: 'text/plain' });
      expect(Buffer.from((await store.get(KEY)).body).toString()).toBe('second');
    });
  });

  describe('signed URLs', () => {
    it('grants the key until the expiry, under the base URL', async () => {
      const url = await store.signedUrl(KEY, { expiresInSeconds: 300 });
      expect(url.startsWith(`${BASE_URL}/blobs/tenant-a/job-1/caption.txt?expires=`)).toBe(true);
      expect(store.verifySignedUrl(url)).toBe(KEY);
      const { pathname, search } = new URL(url);
      expect(store.verifySignedUrl(`${pathname}${search}`)).toBe(KEY);
      clock.at += 299_000;
      expect(store.verifySignedUrl(url)).toBe(KEY);
    });

    it('refuses the URL once it has expired', async () => {
      const url = await store.signedUrl(KEY, { expiresInSeconds: 300 });
      clock.at += 300_000;
      expect(() => store.verifySignedUrl(url)).toThrow(ExpiredSignedUrlError);
    });

    it('refuses any URL that was altered', async () => {
      const url = new URL(await store.signedUrl(KEY, { expiresInSeconds: 300 }));
      const altered = (change: (copy: URL) => void): string => {
        const copy = new URL(url);
        change(copy);
        return copy.toString();
      };
      const signature = url.searchParams.get('signature')!;
      const tampered = [
        altered((copy) => {
          copy.pathname = '/blobs/tenant-b/job-1/caption.txt';
        }),
        altered((copy) => {
          copy.pathname = '/blobs/tenant-a/job-1/../../tenant-b/job-1/caption.txt';
        }),
        altered((copy) => {
          copy.pathname = '/files/tenant-a/job-1/caption.txt';
        }),
        altered((copy) => copy.searchParams.set('expires', String(Number(copy.searchParams.get('expires')) + 3600))),
        altered((copy) => copy.searchParams.set('expires', 'soon')),
        altered((copy) =>
          copy.searchParams.set('signature', `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`),
        ),
        altered((copy) => copy.searchParams.delete('signature')),
        altered((copy) => copy.searchParams.delete('expires')),
      ];
      for (const candidate of tampered) {
        expect(() => store.verifySignedUrl(candidate), candidate).toThrow(InvalidSignedUrlError);
        expect(() => store.verifySignedUrl(candidate), candidate).not.toThrow(ExpiredSignedUrlError);
      }
    });

    it('refuses URLs signed with another key', async () => {
      const other = new LocalBlobStore({ dataDir, baseUrl: BASE_URL, signingKey: Buffer.alloc(32, 7) });
      const url = await other.signedUrl(KEY, { expiresInSeconds: 300 });
      expect(() => store.verifySignedUrl(url)).toThrow(/signature does not match/);
    });

    it('shares the data dir key between stores, so any process can verify', async () => {
      const url = await store.signedUrl(KEY, { expiresInSeconds: 300 });
      const sameDir = new LocalBlobStore({ dataDir, baseUrl: BASE_URL, now: () => new Date(clock.at) });
      expect(sameDir.verifySignedUrl(url)).toBe(KEY);
      expect(statSync(join(dataDir, 'blob-signing.key')).mode & 0o777).toBe(0o600);
    });

    it('serves under a base URL with a path', async () => {
      const prefixed = new LocalBlobStore({
        dataDir,
        baseUrl: 'https://example.test/studio/',
        now: () => new Date(clock.at),
      });
      const url = await prefixed.signedUrl(KEY, { expiresInSeconds: 60 });
      expect(url.startsWith('https://example.test/studio/blobs/tenant-a/job-1/caption.txt?')).toBe(true);
      expect(prefixed.verifySignedUrl(url)).toBe(KEY);
      expect(() => store.verifySignedUrl(url)).toThrow(InvalidSignedUrlError);
    });

    it('accepts expiries from 1 second to 7 days only', async () => {
      for (const expiresInSeconds of [0, -5, 1.5, 7 * 24 * 3600 + 1]) {
        await expect(store.signedUrl(KEY, { expiresInSeconds })).rejects.toThrow(InvalidSignedUrlExpiryError);
      }
      await expect(store.signedUrl(KEY, { expiresInSeconds: 7 * 24 * 3600 })).resolves.toContain('signature=');
    });
  });
});
