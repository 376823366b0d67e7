import type {
  BedrockRuntimeClient,
  TokenUsage as BedrockTokenUsage,
  ContentBlock,
  ConverseRequest,
  ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import type { Completion, CompletionRequest, CompletionStreamEvent, ModelClient } from '../model-client.ts';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryWithBackoff } from '../retry-with-backoff.ts';
import { parseJsonReply } from '../structured-output.ts';
import type { TokenUsage } from '../text-generator.port.ts';
import { bedrockFailure, isRetryableBedrockError } from './bedrock-errors.ts';

export interface BedrockModelClientOptions {
  /** A foundation model id or inference profile, e.g. `amazon.nova-lite-v1:0`, `us.anthropic.claude-3-5-haiku-20241022-v1:0`. */
  modelId: string;
  /** Defaults to the environment's region (AWS_REGION). */
  region?: string;
  /** Defaults to a client for the region and the environment's credentials, created on first use. */
  client?: BedrockRuntimeClient;
  backoff?: BackoffPolicy;
}

function usageOf(usage: BedrockTokenUsage | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
}

/** Bedrock reports in-stream failures as events; they are thrown like the call's own errors. */
function streamErrorOf(event: ConverseStreamOutput): Error | undefined {
  return (
    event.throttlingException ??
    event.serviceUnavailableException ??
    event.internalServerException ??
    event.modelStreamErrorException ??
    event.validationException
  );
}

/**
 * Amazon Bedrock through the Converse API, which speaks one message format to every model it hosts. A structured
 * reply is asked for as a forced call of a single tool whose input schema is the requested JSON Schema, the way
 * Converse offers structured output across model families.
 */
export class BedrockModelClient implements ModelClient {
  readonly provider = 'bedrock' as const;
  readonly model: string;
  readonly #region: string | undefined;
  readonly #backoff: BackoffPolicy;
  #client: Promise<BedrockRuntimeClient> | undefined;

  constructor(options: BedrockModelClientOptions) {
    this.model = options.modelId;
    this.#region = options.region;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    if (options.client) this.#client = Promise.resolve(options.client);
  }

  async complete(call: CompletionRequest): Promise<Completion> {
    const { ConverseCommand } = await import('@aws-sdk/client-bedrock-runtime');
    const client = await this.#bedrock();
    const response = await this.#withRetries(call.signal, () =>
      client.send(new ConverseCommand(this.#converseRequest(call)), { abortSignal: call.signal }),
    );
    const blocks: ContentBlock[] = response.output?.message?.content ?? [];
    const usage = usageOf(response.usage);
    const stopReason = response.stopReason;
    const toolUse = blocks.find((block) => block.toolUse?.name === call.responseFormat?.name)?.toolUse;
    if (toolUse)
      return {
        text: JSON.stringify(toolUse.input ?? null),
        json: toolUse.input,
        usage,
        ...(stopReason ? { stopReason } : {}),
      };
    const text = blocks.flatMap((block) => (block.text === undefined ? [] : [block.text])).join('');
    return {
      text,
      ...(call.responseFormat ? { json: parseJsonReply(text) } : {}),
      usage,
      ...(stopReason ? { stopReason } : {}),
    };
  }

  async *stream(call: CompletionRequest): AsyncIterable<CompletionStreamEvent> {
    const { ConverseStreamCommand } = await import('@aws-sdk/client-bedrock-runtime');
    const client = await this.#bedrock();
    // Only the opening call is retried: once text has been handed on, a retry would repeat it.
    const response = await this.#withRetries(call.signal, () =>
      client.send(new ConverseStreamCommand(this.#converseRequest(call)), { abortSignal: call.signal }),
    );
    try {
      for await (const event of response.stream ?? []) {
        const failure = streamErrorOf(event);
        if (failure) throw failure;
        const text = event.contentBlockDelta?.delta?.text;
        if (text) yield { type: 'delta', text };
        if (event.metadata?.usage) yield { type: 'usage', usage: usageOf(event.metadata.usage) };
      }
    } catch (error) {
      throw bedrockFailure(error, this.model);
    }
  }

  #converseRequest(call: CompletionRequest): ConverseRequest {
    const format = call.responseFormat;
    return {
      modelId: this.model,
      ...(call.system ? { system: [{ text: call.system }] } : {}),
      messages: call.messages.map((message) => ({ role: message.role, content: [{ text: message.content }] })),
      inferenceConfig: { maxTokens: call.maxTokens, temperature: call.temperature },
      ...(format
        ? {
            toolConfig: {
              tools: [
                {
                  toolSpec: {
                    name: format.name,
                    description: format.description,
                    inputSchema: { json: format.jsonSchema },
                  },
                },
              ],
              // "any" with a single tool forces that tool, and more model families accept it than a named choice.
              toolChoice: { any: {} },
            },
          }
        : {}),
    };
  }

  async #withRetries<T>(signal: AbortSignal, send: () => Promise<T>): Promise<T> {
    try {
      return await retryWithBackoff(send, {
        policy: this.#backoff,
        retryable: (error) => ({ retry: isRetryableBedrockError(error) }),
        signal,
      });
    } catch (error) {
      throw bedrockFailure(error, this.model);
    }
  }

  /** The SDK is imported on first use only, so offline processes never load it. */
  #bedrock(): Promise<BedrockRuntimeClient> {
    this.#client ??= import('@aws-sdk/client-bedrock-runtime').then(
      // The backoff above retries throttling; SDK retries on top would multiply the attempts.
      ({ BedrockRuntimeClient }) =>
        new BedrockRuntimeClient({ maxAttempts: 1, ...(this.#region ? { region: this.#region } : {}) }),
    );
    return this.#client;
  }
}
