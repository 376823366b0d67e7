import { setTimeout as sleep } from 'node:timers/promises';
import { type BedrockRuntimeClient, InvokeModelCommand, ValidationException } from '@aws-sdk/client-bedrock-runtime';
import { TaskError } from '@contentflow/platform';
import { z } from 'zod';
import type { BackgroundGenerator, BackgroundRequest } from './background-generator.port.ts';
import { novaCanvasSize } from './nova-canvas-size.ts';

/** Layouts draw all text themselves: lettering in the picture would clash with it. */
const NEGATIVE_PROMPT = 'text, letters, words, captions, watermark, logo, signature, frame, border';
const MAX_PROMPT_CHARACTERS = 1024;

const responseSchema = z.object({
  images: z.array(z.base64().min(1)).min(1),
  error: z.string().nullish(),
});

/** Bedrock errors worth another try: the model or the account is momentarily busy. */
const TRANSIENT_ERRORS = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'InternalServerException',
  'ModelTimeoutException',
]);

export interface NovaCanvasOptions {
  client: BedrockRuntimeClient;
  /** e.g. `amazon.nova-canvas-v1:0`. */
  modelId: string;
  /** Attempts per image, the first included; transient errors are retried with exponential backoff. */
  maxAttempts?: number;
  baseDelayMs?: number;
}

/**
 * Amazon Nova Canvas through Bedrock InvokeModel (TEXT_IMAGE). The client should be created with `maxAttempts: 1`:
 * retries happen here, where they can honour the job's abort signal and end in a precise TaskError.
 */
export class BedrockNovaCanvas implements BackgroundGenerator {
  readonly provider = 'bedrock' as const;
  readonly model: string;
  private readonly client: BedrockRuntimeClient;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(options: NovaCanvasOptions) {
    this.client = options.client;
    this.model = options.modelId;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 500;
  }

  async generate(request: BackgroundRequest, signal: AbortSignal): Promise<Uint8Array> {
    const size = novaCanvasSize(request.width, request.height);
    const command = new InvokeModelCommand({
      modelId: this.model,
      contentType: 'application/json',
      accept: 'application/json',
      body: JSON.stringify({
        taskType: 'TEXT_IMAGE',
        textToImageParams: { text: request.prompt.slice(0, MAX_PROMPT_CHARACTERS), negativeText: NEGATIVE_PROMPT },
        imageGenerationConfig: { numberOfImages: 1, quality: 'standard', cfgScale: 6.5, ...size },
      }),
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.client.send(command, { abortSignal: signal });
        return this.imageOf(response.body);
      } catch (error) {
        // A cancelled job ends here, whatever the SDK made of the abort.
        if (error instanceof TaskError || signal.aborted) throw error;
        const transient = TRANSIENT_ERRORS.has((error as Error).name);
        if (transient && attempt < this.maxAttempts) {
          const delay = this.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
          await sleep(delay, undefined, { signal });
          continue;
        }
        throw this.taskErrorOf(error, transient);
      }
    }
  }

  private imageOf(body: Uint8Array | undefined): Uint8Array {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(body ?? []).toString('utf8'));
    } catch (error) {
      throw new TaskError('IMAGE_PROVIDER_BAD_RESPONSE', `${this.model} answered with something other than JSON`, {
        cause: error,
      });
    }
    const parsed = responseSchema.safeParse(json);
    if (!parsed.success || parsed.data.error) {
      const reason = parsed.success ? parsed.data.error : 'no base64 image in `images`';
      throw new TaskError('IMAGE_PROVIDER_BAD_RESPONSE', `${this.model} returned no usable image: ${reason}`);
    }
    return Buffer.from(parsed.data.images[0]!, 'base64');
  }

  private taskErrorOf(error: unknown, transient: boolean): TaskError {
    const message = (error as Error).message;
    if (error instanceof ValidationException) {
      // Nova Canvas refuses prompts its content filters flag with a ValidationException too.
      return new TaskError('IMAGE_PROVIDER_REJECTED', `${this.model} refused the request: ${message}`, {
        cause: error,
      });
    }
    if (transient) {
      return new TaskError(
        'IMAGE_PROVIDER_UNAVAILABLE',
        `${this.model} stayed busy after ${this.maxAttempts} attempts: ${message}`,
        { retryable: true, cause: error },
      );
    }
    // Access denied, model not enabled in the region, quota: configuration to fix, not worth retrying.
    return new TaskError('IMAGE_PROVIDER_FAILED', `${this.model} failed: ${message}`, { cause: error });
  }
}
