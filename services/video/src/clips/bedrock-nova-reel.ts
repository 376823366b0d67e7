import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type BedrockRuntimeClient,
  GetAsyncInvokeCommand,
  type GetAsyncInvokeResponse,
  StartAsyncInvokeCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { TaskError } from '@contentflow/platform';
import {
  type BackoffPolicy,
  bedrockFailure,
  DEFAULT_BACKOFF,
  isRetryableBedrockError,
  ModelError,
  retryWithBackoff,
} from '@contentflow/platform/models';
import { NOVA_REEL_MAX_PROMPT, NOVA_REEL_SHOT } from './nova-reel-shot.ts';
import { parseS3Uri, type S3Location } from './s3-location.ts';
import type { ClipRequest, VideoClipGenerator } from './video-clip-generator.port.ts';

/** A 6 s 720p clip is a few MB; anything far larger is not the clip asked for. */
const MAX_CLIP_BYTES = 200 * 1024 * 1024;

/** How often the generation is asked about: a 6 s clip takes about 90 s, so early polls would be wasted calls. */
export interface PollSchedule {
  firstDelayMs: number;
  /** Each wait is 1.5× the previous one, up to this. */
  maxDelayMs: number;
  /** After this long the job gives up (the video Lambda runs at most 15 minutes, encoding included). */
  maxWaitMs: number;
}

export const DEFAULT_POLLING: PollSchedule = { firstDelayMs: 20_000, maxDelayMs: 30_000, maxWaitMs: 600_000 };

/** Time as the poller sees it; tests pass one that does not really wait. */
export interface PollClock {
  now(): number;
  /** Rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const REAL_CLOCK: PollClock = {
  now: () => performance.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

export interface NovaReelOptions {
  bedrock: BedrockRuntimeClient;
  /** In Bedrock's region: Nova Reel writes only to a bucket in its own region. */
  s3: S3Client;
  /** `amazon.nova-reel-v1:1` or `amazon.nova-reel-v1:0`. */
  modelId: string;
  /** `s3://bucket/prefix`: Bedrock writes each clip to `<prefix>/<invocation id>/output.mp4`. */
  output: S3Location;
  polling?: PollSchedule;
  /** Retries of each single call (start, poll, download) on throttling and outages. */
  backoff?: BackoffPolicy;
  clock?: PollClock;
}

/**
 * Amazon Nova Reel through Bedrock's asynchronous invocation: StartAsyncInvoke (TEXT_VIDEO, one 6 s 1280×720 shot)
 * writes the clip to S3; GetAsyncInvoke is polled with growing waits until it is Completed or Failed; the clip is
 * then copied from S3 into the job's working directory. Clients should be made with `maxAttempts: 1`: retries happen
 * here, where they honour the job's abort signal. Bedrock has no call to stop an invocation, so a cancelled job
 * stops waiting while the clip may still be written (and billed).
 */
export class BedrockNovaReel implements VideoClipGenerator {
  readonly provider = 'bedrock' as const;
  readonly model: string;
  readonly #bedrock: BedrockRuntimeClient;
  readonly #s3: S3Client;
  readonly #output: S3Location;
  readonly #polling: PollSchedule;
  readonly #backoff: BackoffPolicy;
  readonly #clock: PollClock;

  constructor(options: NovaReelOptions) {
    this.model = options.modelId;
    this.#bedrock = options.bedrock;
    this.#s3 = options.s3;
    this.#output = options.output;
    this.#polling = options.polling ?? DEFAULT_POLLING;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#clock = options.clock ?? REAL_CLOCK;
  }

  /**
   * @throws ModelError MODEL_THROTTLED / MODEL_UNAVAILABLE (retryable), MODEL_REQUEST_REJECTED (validation, access,
   *   model not enabled), MODEL_GENERATION_FAILED (the model's Failed status, its message included), MODEL_TIMED_OUT
   * @throws TaskError CLIP_DOWNLOAD_FAILED when the finished clip cannot be read from S3
   */
  async generate(request: ClipRequest, signal: AbortSignal): Promise<void> {
    const invocationArn = await this.#start(request, signal);
    const folder = await this.#waitForClip(invocationArn, signal);
    await this.#download({ bucket: folder.bucket, key: `${folder.key}/output.mp4` }, request.file, signal);
  }

  async #start(request: ClipRequest, signal: AbortSignal): Promise<string> {
    const { bucket, key } = this.#output;
    const command = new StartAsyncInvokeCommand({
      modelId: this.model,
      // One token for every attempt: a start retried after a lost answer does not film (and bill) a second clip.
      clientRequestToken: randomUUID(),
      modelInput: {
        taskType: 'TEXT_VIDEO',
        textToVideoParams: { text: request.prompt.slice(0, NOVA_REEL_MAX_PROMPT) },
        videoGenerationConfig: { ...NOVA_REEL_SHOT, seed: request.seed },
      },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: key ? `s3://${bucket}/${key}` : `s3://${bucket}` } },
    });
    const { invocationArn } = await this.#bedrockCall(signal, () =>
      this.#bedrock.send(command, { abortSignal: signal }),
    );
    if (!invocationArn) throw new ModelError('MODEL_UNAVAILABLE', `${this.model} started no invocation (no ARN)`);
    return invocationArn;
  }

  /** Polls until the clip is made; returns the invocation's S3 folder. */
  async #waitForClip(invocationArn: string, signal: AbortSignal): Promise<S3Location> {
    const { firstDelayMs, maxDelayMs, maxWaitMs } = this.#polling;
    const deadline = this.#clock.now() + maxWaitMs;
    for (let delay = firstDelayMs; ; delay = Math.min(maxDelayMs, delay * 1.5)) {
      await this.#clock.sleep(Math.max(0, Math.min(delay, deadline - this.#clock.now())), signal);
      const state = await this.#bedrockCall(signal, () =>
        this.#bedrock.send(new GetAsyncInvokeCommand({ invocationArn }), { abortSignal: signal }),
      );
      if (state.status === 'Completed') return this.#folderOf(state);
      if (state.status === 'Failed') {
        throw new ModelError(
          'MODEL_GENERATION_FAILED',
          `${this.model} could not make the clip: ${state.failureMessage || 'no reason given'} (${invocationArn})`,
        );
      }
      if (this.#clock.now() >= deadline) {
        throw new ModelError(
          'MODEL_TIMED_OUT',
          `${this.model} had not finished the clip after ${Math.round(maxWaitMs / 1000)} s (${invocationArn})`,
        );
      }
    }
  }

  #folderOf(state: GetAsyncInvokeResponse): S3Location {
    const uri = state.outputDataConfig?.s3OutputDataConfig?.s3Uri;
    const folder = uri === undefined ? undefined : parseS3Uri(uri);
    if (!folder) {
      throw new ModelError('MODEL_UNAVAILABLE', `${this.model} finished but named no S3 output (got ${String(uri)})`);
    }
    return folder;
  }

  async #download(location: S3Location, file: string, signal: AbortSignal): Promise<void> {
    const uri = `s3://${location.bucket}/${location.key}`;
    try {
      const object = await retryWithBackoff(
        () =>
          this.#s3.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }), { abortSignal: signal }),
        { policy: this.#backoff, retryable: (error) => ({ retry: isRetryableBedrockError(error) }), signal },
      );
      if (!(object.Body instanceof Readable)) throw new TypeError('S3 returned no readable body');
      if ((object.ContentLength ?? 0) > MAX_CLIP_BYTES) {
        object.Body.destroy();
        throw new RangeError(`the clip has ${object.ContentLength} bytes, more than ${MAX_CLIP_BYTES}`);
      }
      await pipeline(object.Body, createWriteStream(file), { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new TaskError('CLIP_DOWNLOAD_FAILED', `could not read the generated clip ${uri} (${reason})`, {
        retryable: isRetryableBedrockError(error),
        cause: error,
      });
    }
  }

  /** One Bedrock call, retried while throttled or busy, then named for the job. */
  async #bedrockCall<T>(signal: AbortSignal, call: () => Promise<T>): Promise<T> {
    try {
      return await retryWithBackoff(call, {
        policy: this.#backoff,
        retryable: (error) => ({ retry: isRetryableBedrockError(error) }),
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw bedrockFailure(error, this.model);
    }
  }
}
