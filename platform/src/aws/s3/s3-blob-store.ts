import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertBlobKey } from '../../domain/blob-key.ts';
import { byteChunks } from '../../domain/byte-chunks.ts';
import {
  assertContentType,
  assertSignedUrlExpiry,
  type BlobBytes,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  type BlobStream,
  type PutBlobOptions,
  type SignedUrlOptions,
} from '../../ports/blob-store.port.ts';

export interface S3BlobStoreOptions {
  client: S3Client;
  bucket: string;
  /** Bodies above this go up in parts of this size (S3's minimum and lib-storage's default: 5 MiB). */
  partSizeBytes?: number;
  /** Parts uploaded at once; memory held is about queueSize × partSize. */
  queueSize?: number;
}

const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The blob store on AWS: one bucket, keys as given (`<tenantId>/…`), downloads through presigned GET URLs. */
export class S3BlobStore implements BlobStore {
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #partSize: number;
  readonly #queueSize: number;

  constructor(options: S3BlobStoreOptions) {
    this.#client = options.client;
    this.#bucket = options.bucket;
    this.#partSize = options.partSizeBytes ?? 5 * 1024 * 1024;
    this.#queueSize = options.queueSize ?? 4;
  }

  async put(key: string, body: Uint8Array | Readable, { contentType }: PutBlobOptions): Promise<BlobInfo> {
    assertBlobKey(key);
    assertContentType(contentType);
    // A stream's length is only known once it has gone through, so it is counted on the way.
    let size = body instanceof Uint8Array ? body.byteLength : 0;
    async function* counted(stream: Readable): AsyncGenerator<Uint8Array> {
      for await (const chunk of byteChunks(stream)) {
        size += chunk.byteLength;
        yield chunk;
      }
    }
    // Upload sends one PutObject for a body smaller than a part and a multipart upload otherwise,
    // aborting the multipart upload if a part fails so no orphaned parts are billed.
    await new Upload({
      client: this.#client,
      params: {
        Bucket: this.#bucket,
        Key: key,
        Body: body instanceof Uint8Array ? body : Readable.from(counted(body)),
        ContentType: contentType,
      },
      partSize: this.#partSize,
      queueSize: this.#queueSize,
      leavePartsOnError: false,
    }).done();
    return { size, contentType };
  }

  async get(key: string): Promise<BlobBytes> {
    const { body, contentType } = await this.stream(key);
    const bytes = await buffer(body);
    return { body: bytes, size: bytes.byteLength, contentType };
  }

  async stream(key: string): Promise<BlobStream> {
    assertBlobKey(key);
    const output = await this.#send(key, () =>
      this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key })),
    );
    // On Node.js the SDK's HTTP handler always yields a Node stream.
    if (!(output.Body instanceof Readable)) throw new TypeError(`S3 returned no readable body for ${key}`);
    return {
      body: output.Body,
      size: output.ContentLength ?? 0,
      contentType: output.ContentType ?? FALLBACK_CONTENT_TYPE,
    };
  }

  async head(key: string): Promise<BlobInfo> {
    assertBlobKey(key);
    const output = await this.#send(key, () =>
      this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key })),
    );
    return { size: output.ContentLength ?? 0, contentType: output.ContentType ?? FALLBACK_CONTENT_TYPE };
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }

  async signedUrl(key: string, { expiresInSeconds }: SignedUrlOptions): Promise<string> {
    assertBlobKey(key);
    assertSignedUrlExpiry(expiresInSeconds);
    return getSignedUrl(this.#client, new GetObjectCommand({ Bucket: this.#bucket, Key: key }), {
      expiresIn: expiresInSeconds,
    });
  }

  /** GetObject answers a missing key with NoSuchKey, HeadObject (no body) with a bare NotFound. */
  async #send<T>(key: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof NoSuchKey || error instanceof NotFound) throw new BlobNotFoundError(key, { cause: error });
      throw error;
    }
  }
}
