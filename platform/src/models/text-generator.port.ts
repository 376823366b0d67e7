import type { z } from 'zod';

/** Who writes text: structured templates on this machine, Amazon Bedrock, or any OpenAI-compatible endpoint. */
export const TEXT_PROVIDERS = ['offline', 'bedrock', 'openai'] as const;
export type TextProvider = (typeof TEXT_PROVIDERS)[number];

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface GenerationOptions {
  /** Instructions; the configured house prompt (CONTENTFLOW_TEXT_SYSTEM_PROMPT) is put before it. */
  system?: string;
  /** The conversation so far, starting and ending with the user. */
  messages: readonly ChatMessage[];
  /** Capped by the configured maximum. */
  maxTokens?: number;
  temperature?: number;
  /** Aborts the call (job cancelled or out of time). */
  signal?: AbortSignal;
}

export interface TextRequest extends GenerationOptions {
  /**
   * The answer the offline provider gives, built from templates and the text's own analysis. Model providers
   * never call it; a request without one cannot run offline.
   */
  offline?: () => string | Promise<string>;
}

export interface ObjectRequest<S extends z.ZodType> extends GenerationOptions {
  /** The reply must parse with it. Models are given its JSON Schema; their answer is still untrusted and checked. */
  schema: S;
  /** Names the structure for the model (a tool or response-format name): `[a-zA-Z0-9_-]{1,64}`. */
  schemaName: string;
  schemaDescription?: string;
  /** As for text requests; its result is checked against `schema` too. */
  offline?: () => z.input<S> | Promise<z.input<S>>;
}

/** What every answer says about itself: who made it and what it cost. */
export interface GenerationLabel {
  provider: TextProvider;
  /** Model id (`amazon.nova-lite-v1:0`, `llama3.2`) or the offline generator's name. */
  model: string;
  /** Tokens over every call the answer took, a corrective retry included; zero offline. */
  usage: TokenUsage;
}

export interface TextGeneration extends GenerationLabel {
  text: string;
}

export interface ObjectGeneration<T> extends GenerationLabel {
  object: T;
}

export type TextStreamEvent = { type: 'delta'; text: string } | ({ type: 'done' } & TextGeneration);

/**
 * The text-generation port every engine writes through. `generate` with a schema returns a validated object,
 * without one plain text; `stream` yields text as it is written, then one `done` event with the whole answer.
 * Adapters: OfflineTextGenerator (default), and ModelTextGenerator over Bedrock or an OpenAI-compatible endpoint.
 */
export interface TextGenerator {
  readonly provider: TextProvider;
  readonly model: string;
  generate<S extends z.ZodType>(request: ObjectRequest<S>): Promise<ObjectGeneration<z.output<S>>>;
  generate(request: TextRequest): Promise<TextGeneration>;
  stream(request: TextRequest): AsyncIterable<TextStreamEvent>;
}
