import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NASTY_BLOB_KEYS } from '../../domain/blob-key.fixtures.ts';
import { blobKey, InvalidBlobKeyError } from '../../domain/blob-key.ts';
import { BlobNotFoundError, InvalidSignedUrlExpiryError } from '../../ports/blob-store.port.ts';
import { S3BlobStore } from './s3-blob-store.ts';

const MiB = 1024 * 1024;
const BUCKET = 'contentflow-blobs-test';
const KEY = blobKey('tenant-a', 'job-1', 'video.mp4');

/** The bytes of an UploadPart body, whatever form lib-storage handed it over in. */
function partBytes(body: unknown): number {
  if (body instanceof Uint8Array) return body.byteLength;
  if (typeof body === 'string') return Buffer.byteLength(body);
  throw new TypeError(`unexpected part body ${typeof body}`);
}

describe('S3BlobStore', () => {
  const client = new S3Client({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  });
  const s3 = mockClient(client);
  let store: S3BlobStore;

  beforeEach(() => {
    s3.reset();
    store = new S3BlobStore({ client, bucket: BUCKET, partSizeBytes: 5 * MiB, queueSize: 2 });
  });

  afterEach(() => {
    s3.reset();
  });

  describe('put', () => {
    it('sends a small body in one PutObject with its content type', async () => {
      s3.on(PutObjectCommand).resolves({ ETag: '"abc"' });
      const body = Buffer.from('{"score":0.8}');
      expect(await store.put(KEY, body, { contentType: 'application/json' })).toEqual({
        size: body.byteLength,
        contentType: 'application/json',
      });
      const [call] = s3.commandCalls(PutObjectCommand);
      expect(call?.args[0].input).toMatchObject({ Bucket: BUCKET, Key: KEY, ContentType: 'application/json' });
      expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0);
    });

    it('uploads a large stream in parts and completes the multipart upload', async () => {
      s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' });
      s3.on(UploadPartCommand).callsFake((input: { PartNumber?: number }) => ({ ETag: `"part-${input.PartNumber}"` }));
      s3.on(CompleteMultipartUploadCommand).resolves({ Location: `https://${BUCKET}.s3.amazonaws.com/${KEY}` });
      const chunks = Array.from({ length: 11 }, (_, index) => Buffer.alloc(MiB, index));

      const info = await store.put(KEY, Readable.from(chunks), { contentType: 'video/mp4' });

      expect(info).toEqual({ size: 11 * MiB, contentType: 'video/mp4' });
      expect(s3.commandCalls(CreateMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
        Bucket: BUCKET,
        Key: KEY,
        ContentType: 'video/mp4',
      });
      const parts = s3.commandCalls(UploadPartCommand).map((call) => call.args[0].input);
      expect(parts.map((part) => part.PartNumber).sort()).toEqual([1, 2, 3]);
      const sizes = parts.map((part) => partBytes(part.Body));
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(11 * MiB);
      const completed = s3.commandCalls(CompleteMultipartUploadCommand)[0]?.args[0].input;
      expect(completed?.UploadId).toBe('upload-1');
      expect(completed?.MultipartUpload?.Parts).toHaveLength(3);
      expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    });

    it('aborts the multipart upload when a part fails', async () => {
      s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-2' });
      s3.on(UploadPartCommand).rejects(new Error('connection reset'));
      s3.on(AbortMultipartUploadCommand).resolves({});
      await expect(store.put(KEY, Buffer.alloc(11 * MiB), { contentType: 'video/mp4' })).rejects.toThrow(
        'connection reset',
      );
      expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
        Bucket: BUCKET,
        Key: KEY,
        UploadId: 'upload-2',
      });
      expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
    });
  });

  describe('reads', () => {
    it('gets the bytes and content type, whole or streamed', async () => {
      s3.on(GetObjectCommand, { Bucket: BUCKET, Key: KEY }).callsFake(() => ({
        Body: Readable.from([Buffer.from('hello '), Buffer.from('creators')]),
        ContentLength: 14,
        ContentType: 'text/plain',
      }));
      const whole = await store.get(KEY);
      expect(Buffer.from(whole.body).toString()).toBe('hello creators');
      expect(whole).toMatchObject({ size: 14, contentType: 'text/plain' });
      const streamed = await store.stream(KEY);
      expect(streamed).toMatchObject({ size: 14, contentType: 'text/plain' });
      expect(await text(streamed.body)).toBe('hello creators');
    });

    it('reads size and content type with HeadObject', async () => {
      s3.on(HeadObjectCommand, { Bucket: BUCKET, Key: KEY }).resolves({
        ContentLength: 2048,
        ContentType: 'video/mp4',
      });
      expect(await store.head(KEY)).toEqual({ size: 2048, contentType: 'video/mp4' });
    });

    it('turns NoSuchKey and NotFound into BlobNotFoundError', async () => {
      s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} }));
      s3.on(HeadObjectCommand).rejects(new NotFound({ message: 'Not Found', $metadata: {} }));
      await expect(store.get(KEY)).rejects.toThrow(BlobNotFoundError);
      await expect(store.stream(KEY)).rejects.toThrow(BlobNotFoundError);
      await expect(store.head(KEY)).rejects.toThrow(BlobNotFoundError);
    });

    it('lets other S3 errors through unchanged', async () => {
      const denied = new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'Access Denied',
      });
      s3.on(GetObjectCommand).rejects(denied);
      await expect(store.get(KEY)).rejects.toBe(denied);
    });
  });

  it('deletes by key', async () => {
    s3.on(DeleteObjectCommand).resolves({});
    await store.delete(KEY);
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({ Bucket: BUCKET, Key: KEY });
  });

  describe('signed URLs', () => {
    it('presigns a GET of the key that expires when asked', async () => {
      const url = new URL(await store.signedUrl(KEY, { expiresInSeconds: 900 }));
      expect(url.hostname).toBe(`${BUCKET}.s3.eu-west-1.amazonaws.com`);
      expect(url.pathname).toBe(`/${KEY}`);
      expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
      expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      expect(url.searchParams.get('X-Amz-Credential')).toContain('AKIDEXAMPLE');
    });

    it('accepts expiries from 1 second to 7 days only', async () => {
      await expect(store.signedUrl(KEY, { expiresInSeconds: 0 })).rejects.toThrow(InvalidSignedUrlExpiryError);
      await expect(store.signedUrl(KEY, { expiresInSeconds: 604_801 })).rejects.toThrow(InvalidSignedUrlExpiryError);
    });
  });

  it.each(NASTY_BLOB_KEYS)('refuses a key with %s before calling S3', async (_, key) => {
    await expect(store.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(InvalidBlobKeyError);
    await expect(store.get(key)).rejects.toThrow(InvalidBlobKeyError);
    await expect(store.head(key)).rejects.toThrow(InvalidBlobKeyError);
    await expect(store.delete(key)).rejects.toThrow(InvalidBlobKeyError);
    await expect(store.signedUrl(key, { expiresInSeconds: 60 })).rejects.toThrow(InvalidBlobKeyError);
    expect(s3.calls()).toHaveLength(0);
  });
});
