import type { JsonObject } from '../domain/json.ts';
import type { ChatMessage, TokenUsage } from './text-generator.port.ts';

/** A structure the reply must take, as JSON Schema: a tool's input on Bedrock, a response format elsewhere. */
export interface ResponseFormat {
  name: string;
  description: string;
  jsonSchema: JsonObject;
}

/** One call to a model, with every setting resolved. */
export interface CompletionRequest {
  system: string;
  messages: readonly ChatMessage[];
  maxTokens: number;
  temperature: number;
  signal: AbortSignal;
  responseFormat?: ResponseFormat;
}

export interface Completion {
  /** The reply as written (the structured reply serialised when it came as a tool call). */
  text: string;
  /** With a response format: the parsed JSON reply, or undefined when the reply held none. Not yet validated. */
  json?: unknown;
  usage: TokenUsage;
  /** Why the model stopped, in the provider's words (`end_turn`, `max_tokens`, `stop`, `length`…). */
  stopReason?: string;
}

export type CompletionStreamEvent = { type: 'delta'; text: string } | { type: 'usage'; usage: TokenUsage };

/**
 * The wire side of a model provider: one call, no validation, no correction. ModelTextGenerator turns any of these
 * into the TextGenerator port. Throttling and outages are retried inside; what escapes is a ModelError.
 */
export interface ModelClient {
  readonly provider: 'bedrock' | 'openai';
  readonly model: string;
  complete(request: CompletionRequest): Promise<Completion>;
  stream(request: CompletionRequest): AsyncIterable<CompletionStreamEvent>;
}
