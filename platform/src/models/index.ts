/**
 * Model providers for text (`@contentflow/platform/models`): the TextGenerator port, its offline, Amazon Bedrock and
 * OpenAI-compatible adapters, and the choice between them from the environment; the Bedrock error classification
 * and backoff that media providers (video clips) share. The Bedrock SDK is imported on first use only.
 */
export { bedrockFailure, isRetryableBedrockError } from './bedrock/bedrock-errors.ts';
export { BedrockModelClient, type BedrockModelClientOptions } from './bedrock/bedrock-model-client.ts';
export type {
  Completion,
  CompletionRequest,
  CompletionStreamEvent,
  ModelClient,
  ResponseFormat,
} from './model-client.ts';
export { ModelError, type ModelErrorCode, ModelOutputInvalidError } from './model-errors.ts';
export { type ModelSettings, ModelTextGenerator } from './model-text-generator.ts';
export { OFFLINE_TEXT_MODEL, OfflineTextGenerator } from './offline-text-generator.ts';
export {
  OpenAiCompatibleModelClient,
  type OpenAiCompatibleModelClientOptions,
  STRUCTURED_OUTPUT_MODES,
  type StructuredOutputMode,
} from './openai/openai-compatible-model-client.ts';
export { type BackoffPolicy, DEFAULT_BACKOFF, retryWithBackoff } from './retry-with-backoff.ts';
export * from './text-generator.port.ts';
export { textGeneratorFromEnv } from './text-generator-from-env.ts';
export { readTextModelConfig, type TextModelConfig, TextModelConfigError } from './text-model-config.ts';
