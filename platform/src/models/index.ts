/**
 * Model providers for text (`@contentflow/platform/models`): the TextGenerator port, its offline, Amazon Bedrock and
 * OpenAI-compatible adapters, and the choice between them from the environment. The Bedrock SDK is imported on
 * first use only.
 */
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
export { type BackoffPolicy, DEFAULT_BACKOFF } from './retry-with-backoff.ts';
export * from './text-generator.port.ts';
export { textGeneratorFromEnv } from './text-generator-from-env.ts';
export { readTextModelConfig, type TextModelConfig, TextModelConfigError } from './text-model-config.ts';
