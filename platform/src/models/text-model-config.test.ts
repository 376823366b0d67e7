import { describe, expect, test } from 'vitest';
import { ModelTextGenerator } from './model-text-generator.ts';
import { OfflineTextGenerator } from './offline-text-generator.ts';
import { textGeneratorFromEnv } from './text-generator-from-env.ts';
import { readTextModelConfig, TextModelConfigError } from './text-model-config.ts';

describe('readTextModelConfig', () => {
  test('offline by default, and when the variable is empty', () => {
    expect(readTextModelConfig({})).toEqual({ provider: 'offline' });
    expect(readTextModelConfig({ CONTENTFLOW_TEXT_PROVIDER: ' ' })).toEqual({ provider: 'offline' });
  });

  test('an unknown provider names the choices', () => {
    expect(() => readTextModelConfig({ CONTENTFLOW_TEXT_PROVIDER: 'gpt' })).toThrow(
      new TextModelConfigError('CONTENTFLOW_TEXT_PROVIDER must be one of offline, bedrock, openai, got "gpt"'),
    );
  });

  test('bedrock needs a model id; settings have defaults', () => {
    expect(() => readTextModelConfig({ CONTENTFLOW_TEXT_PROVIDER: 'bedrock' })).toThrow(
      'invalid bedrock text model configuration: CONTENTFLOW_BEDROCK_TEXT_MODEL_ID is required for the bedrock provider',
    );
    expect(
      readTextModelConfig({
        CONTENTFLOW_TEXT_PROVIDER: 'bedrock',
        CONTENTFLOW_BEDROCK_TEXT_MODEL_ID: 'amazon.nova-lite-v1:0',
      }),
    ).toEqual({
      provider: 'bedrock',
      modelId: 'amazon.nova-lite-v1:0',
      settings: { maxTokens: 2_048, temperature: 0.7, timeoutMs: 120_000 },
    });
  });

  test('openai needs a base URL and a model, and reads every setting', () => {
    expect(() =>
      readTextModelConfig({ CONTENTFLOW_TEXT_PROVIDER: 'openai', CONTENTFLOW_OPENAI_BASE_URL: 'ftp://x' }),
    ).toThrow(
      /CONTENTFLOW_OPENAI_BASE_URL is required for the openai provider: the API root.*; CONTENTFLOW_OPENAI_MODEL is required/,
    );
    expect(
      readTextModelConfig({
        CONTENTFLOW_TEXT_PROVIDER: 'openai',
        CONTENTFLOW_OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
        CONTENTFLOW_OPENAI_MODEL: 'llama3.2',
        CONTENTFLOW_OPENAI_API_KEY: 'sk-1',
        CONTENTFLOW_OPENAI_STRUCTURED_OUTPUT: 'prompt',
        CONTENTFLOW_TEXT_MAX_TOKENS: '4096',
        CONTENTFLOW_TEXT_TEMPERATURE: '0',
        CONTENTFLOW_TEXT_TIMEOUT_MS: '60000',
        CONTENTFLOW_TEXT_SYSTEM_PROMPT: 'Write for busy people.',
      }),
    ).toEqual({
      provider: 'openai',
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      apiKey: 'sk-1',
      structuredOutput: 'prompt',
      settings: { maxTokens: 4_096, temperature: 0, timeoutMs: 60_000, systemPrompt: 'Write for busy people.' },
    });
  });

  test('malformed settings are reported together, each by its variable', () => {
    expect(() =>
      readTextModelConfig({
        CONTENTFLOW_TEXT_PROVIDER: 'bedrock',
        CONTENTFLOW_BEDROCK_TEXT_MODEL_ID: 'm',
        CONTENTFLOW_BEDROCK_REGION: 'mars',
        CONTENTFLOW_TEXT_MAX_TOKENS: 'lots',
        CONTENTFLOW_TEXT_TEMPERATURE: '3',
      }),
    ).toThrow(
      'invalid bedrock text model configuration: CONTENTFLOW_TEXT_MAX_TOKENS must be a whole number; ' +
        'CONTENTFLOW_TEXT_TEMPERATURE must be between 0 and 2; CONTENTFLOW_BEDROCK_REGION must be an AWS region such as us-east-1',
    );
  });
});

test('textGeneratorFromEnv builds the configured adapter', () => {
  expect(textGeneratorFromEnv({})).toBeInstanceOf(OfflineTextGenerator);
  const bedrock = textGeneratorFromEnv({
    CONTENTFLOW_TEXT_PROVIDER: 'bedrock',
    CONTENTFLOW_BEDROCK_TEXT_MODEL_ID: 'm1',
  });
  expect(bedrock).toBeInstanceOf(ModelTextGenerator);
  expect([bedrock.provider, bedrock.model]).toEqual(['bedrock', 'm1']);
  const openai = textGeneratorFromEnv({
    CONTENTFLOW_TEXT_PROVIDER: 'openai',
    CONTENTFLOW_OPENAI_BASE_URL: 'http://localhost:8080/v1',
    CONTENTFLOW_OPENAI_MODEL: 'qwen2.5',
  });
  expect([openai.provider, openai.model]).toEqual(['openai', 'qwen2.5']);
});
