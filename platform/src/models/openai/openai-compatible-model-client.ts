import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { JsonObject } from '../../domain/json.ts';
import type {
  Completion,
  CompletionRequest,
  CompletionStreamEvent,
  ModelClient,
  ResponseFormat,
} from '../model-client.ts';
import { ModelError } from '../model-errors.ts';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryWithBackoff } from '../retry-with-backoff.ts';
import { parseJsonReply } from '../structured-output.ts';
import { HttpStatusError, openAiFailure, retryAfterMsOf, retryVerdict } from './openai-errors.ts';
import { chatCompletionChunkSchema, chatCompletionSchema, errorMessageOf, usageOf } from './openai-wire.ts';

/**
 * How a structured reply is asked for: `json_schema` as a response format (OpenAI, Ollama, vLLM, llama.cpp, LM
 * Studio), or `prompt`, the schema in the instructions and the reply parsed, for servers without it.
 */
export const STRUCTURED_OUTPUT_MODES = ['json_schema', 'prompt'] as const;
export type StructuredOutputMode = (typeof STRUCTURED_OUTPUT_MODES)[number];

export interface OpenAiCompatibleModelClientOptions {
  /** The API root holding `/chat/completions`, e.g. `http://127.0.0.1:11434/v1` (Ollama). */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token; local servers mostly need none. */
  apiKey?: string;
  structuredOutput?: StructuredOutputMode;
  backoff?: BackoffPolicy;
}

/** A rejection that names the response format means the server does not support it, not that the request is bad. */
const RESPONSE_FORMAT_UNSUPPORTED = /response_format|json_schema/i;

/**
 * Any server speaking OpenAI's chat-completions API. Structured replies use a JSON Schema response format and fall
 * back, for the rest of the process, to a schema in the prompt when the server turns the format down.
 */
export class OpenAiCompatibleModelClient implements ModelClient {
  readonly provider = 'openai' as const;
  readonly model: string;
  readonly #endpoint: string;
  readonly #apiKey: string | undefined;
  readonly #backoff: BackoffPolicy;
  #structuredOutput: StructuredOutputMode;

  constructor(options: OpenAiCompatibleModelClientOptions) {
    this.model = options.model;
    this.#endpoint = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    this.#apiKey = options.apiKey;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#structuredOutput = options.structuredOutput ?? 'json_schema';
  }

  async complete(call: CompletionRequest): Promise<Completion> {
    const format = call.responseFormat;
    let response: Response;
    try {
      response = await this.#post(this.#body(call, { stream: false }), call.signal);
    } catch (error) {
      const refusedFormat =
        format &&
        this.#structuredOutput === 'json_schema' &&
        error instanceof ModelError &&
        isFormatRefusal(error.cause);
      if (!refusedFormat) throw error;
      this.#structuredOutput = 'prompt';
      response = await this.#post(this.#body(call, { stream: false }), call.signal);
    }
    const parsed = chatCompletionSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new ModelError('MODEL_UNAVAILABLE', `${this.#endpoint} did not answer with a chat completion`);
    }
    const [choice] = parsed.data.choices;
    const text = choice?.message.content ?? '';
    const stopReason = choice?.finish_reason ?? undefined;
    return {
      text,
      ...(format ? { json: parseJsonReply(text) } : {}),
      usage: usageOf(parsed.data.usage),
      ...(stopReason ? { stopReason } : {}),
    };
  }

  async *stream(call: CompletionRequest): AsyncIterable<CompletionStreamEvent> {
    const response = await this.#post(this.#body(call, { stream: true }), call.signal);
    if (!response.body) throw new ModelError('MODEL_UNAVAILABLE', `${this.#endpoint} sent no event stream`);
    const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
    for await (const event of events) {
      if (event.data === '[DONE]') return;
      const chunk = parseChunk(event.data, this.#endpoint);
      const text = chunk.choices?.[0]?.delta?.content;
      if (text) yield { type: 'delta', text };
      if (chunk.usage) yield { type: 'usage', usage: usageOf(chunk.usage) };
    }
  }

  #body(call: CompletionRequest, { stream }: { stream: boolean }): JsonObject {
    const format = call.responseFormat;
    const promptFormat = format && this.#structuredOutput === 'prompt';
    const system = promptFormat ? [call.system, schemaInstruction(format)].filter(Boolean).join('\n\n') : call.system;
    return {
      model: this.model,
      messages: [...(system ? [{ role: 'system', content: system }] : []), ...call.messages.map((m) => ({ ...m }))],
      max_tokens: call.maxTokens,
      temperature: call.temperature,
      stream,
      ...(stream ? { stream_options: { include_usage: true } } : {}),
      ...(format && !promptFormat
        ? {
            response_format: {
              type: 'json_schema',
              json_schema: { name: format.name, description: format.description, schema: format.jsonSchema },
            },
          }
        : {}),
    };
  }

  /** POSTs with retries on rate limits, outages and refused connections; a non-2xx reply throws. */
  async #post(body: JsonObject, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    };
    if (this.#apiKey) headers['authorization'] = `Bearer ${this.#apiKey}`;
    try {
      return await retryWithBackoff(
        async () => {
          const response = await fetch(this.#endpoint, { method: 'POST', headers, body: JSON.stringify(body), signal });
          if (response.ok) return response;
          const detail = errorMessageOf(await response.text());
          throw new HttpStatusError(response.status, detail, retryAfterMsOf(response.headers.get('retry-after')));
        },
        { policy: this.#backoff, retryable: retryVerdict, signal },
      );
    } catch (error) {
      throw openAiFailure(error, this.#endpoint);
    }
  }
}

function isFormatRefusal(error: unknown): boolean {
  return (
    error instanceof HttpStatusError &&
    [400, 422].includes(error.status) &&
    RESPONSE_FORMAT_UNSUPPORTED.test(error.detail)
  );
}

function schemaInstruction(format: ResponseFormat): string {
  return (
    `Reply with one JSON value and nothing else: no prose, no code fence. It must match this JSON Schema ` +
    `(${format.name}: ${format.description}):\n${JSON.stringify(format.jsonSchema)}`
  );
}

function parseChunk(data: string, endpoint: string) {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new ModelError('MODEL_UNAVAILABLE', `${endpoint} sent an event that is not JSON: ${data.slice(0, 200)}`);
  }
  // Servers report a failure after the stream has started as an event of its own.
  if (typeof json === 'object' && json !== null && 'error' in json) {
    throw new ModelError('MODEL_UNAVAILABLE', `${endpoint} failed while streaming: ${errorMessageOf(data)}`);
  }
  const chunk = chatCompletionChunkSchema.safeParse(json);
  if (!chunk.success)
    throw new ModelError('MODEL_UNAVAILABLE', `${endpoint} sent an event that is not a completion chunk`);
  return chunk.data;
}
