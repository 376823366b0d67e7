import { describe, expect, it } from 'vitest';
import { NASTY_BLOB_KEYS } from './blob-key.fixtures.ts';
import { assertBlobKey, blobKey, blobKeyTenant, InvalidBlobKeyError, isBlobKeyOfTenant } from './blob-key.ts';

describe('blob keys', () => {
  it.each(NASTY_BLOB_KEYS)('refuses a key with %s', (_, key) => {
    expect(() => assertBlobKey(key)).toThrow(InvalidBlobKeyError);
  });

  it('builds `<tenantId>/<segments>` keys and reads the tenant back', () => {
    const key = blobKey('tenant-a', 'job-1', 'thumbnail.png');
    expect(key).toBe('tenant-a/job-1/thumbnail.png');
    expect(blobKeyTenant(key)).toBe('tenant-a');
  });

  it('refuses to build a key from a bad tenant id or segment', () => {
    expect(() => blobKey('', 'x.png')).toThrow(InvalidBlobKeyError);
    expect(() => blobKey('..', 'x.png')).toThrow(InvalidBlobKeyError);
    expect(() => blobKey('tenant-a')).toThrow(InvalidBlobKeyError);
    expect(() => blobKey('tenant-a', 'job/../../tenant-b', 'x.png')).toThrow(/contains "\/"/);
    expect(() => blobKey('tenant-a', '..')).toThrow(InvalidBlobKeyError);
  });

  it('tells whether a key belongs to a tenant, not to a tenant whose id merely starts the same', () => {
    const key = blobKey('tenant-ab', 'x.png');
    expect(isBlobKeyOfTenant(key, 'tenant-ab')).toBe(true);
    expect(isBlobKeyOfTenant(key, 'tenant-a')).toBe(false);
    expect(isBlobKeyOfTenant('tenant-a/../tenant-b/x.png', 'tenant-a')).toBe(false);
  });

  it('names the problem and escapes control characters in the message', () => {
    expect(() => assertBlobKey('tenant-a/x\0')).toThrow(
      'invalid blob key "tenant-a/x\\u0000": it contains a NUL character',
    );
  });
});
