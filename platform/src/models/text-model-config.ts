import { z } from 'zod';
import type { ModelSettings } from './model-text-generator.ts';
import { STRUCTURED_OUTPUT_MODES, type StructuredOutputMode } from './openai/openai-compatible-model-client.ts';
import { TEXT_PROVIDERS } from './text-generator.port.ts';

export type TextModelConfig =
  | { provider: 'offline' }
  | { provider: 'bedrock'; modelId: string; region?: string; settings: ModelSettings }
  | {
      provider: 'openai';
      baseUrl: string;
      model: string;
      apiKey?: string;
      structuredOutput: StructuredOutputMode;
      settings: ModelSettings;
    };

export class TextModelConfigError extends Error {
  override name = 'TextModelConfigError';
}

const PROVIDER_VARIABLE = 'CONTENTFLOW_TEXT_PROVIDER';

const settingsSchema = z.object({
  CONTENTFLOW_TEXT_MAX_TOKENS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(16, 'must be at least 16')
    .max(32_000, 'must be at most 32000')
    .default(2_048),
  CONTENTFLOW_TEXT_TEMPERATURE: z.coerce
    .number({ error: 'must be a number' })
    .min(0, 'must be between 0 and 2')
    .max(2, 'must be between 0 and 2')
    .default(0.7),
  CONTENTFLOW_TEXT_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1_000, 'must be at least 1000')
    .max(900_000, 'must be at most 900000 (the Lambda limit)')
    .default(120_000),
  CONTENTFLOW_TEXT_SYSTEM_PROMPT: z.string().max(4_000, 'must be at most 4000 characters').optional(),
});

const bedrockSchema = settingsSchema.extend({
  CONTENTFLOW_BEDROCK_TEXT_MODEL_ID: z.string({ error: 'is required for the bedrock provider' }),
  CONTENTFLOW_BEDROCK_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1')
    .optional(),
});

const openAiSchema = settingsSchema.extend({
  CONTENTFLOW_OPENAI_BASE_URL: z.url({
    protocol: /^https?$/,
    error: 'is required for the openai provider: the API root, e.g. http://127.0.0.1:11434/v1',
  }),
  CONTENTFLOW_OPENAI_MODEL: z.string({ error: 'is required for the openai provider, e.g. llama3.2' }),
  CONTENTFLOW_OPENAI_API_KEY: z.string().optional(),
  CONTENTFLOW_OPENAI_STRUCTURED_OUTPUT: z
    .enum(STRUCTURED_OUTPUT_MODES, { error: `must be one of ${STRUCTURED_OUTPUT_MODES.join(', ')}` })
    .default('json_schema'),
});

function settingsOf(env: z.output<typeof settingsSchema>): ModelSettings {
  return {
    maxTokens: env.CONTENTFLOW_TEXT_MAX_TOKENS,
    temperature: env.CONTENTFLOW_TEXT_TEMPERATURE,
    timeoutMs: env.CONTENTFLOW_TEXT_TIMEOUT_MS,
    ...(env.CONTENTFLOW_TEXT_SYSTEM_PROMPT ? { systemPrompt: env.CONTENTFLOW_TEXT_SYSTEM_PROMPT } : {}),
  };
}

function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string>, provider: string): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new TextModelConfigError(`invalid ${provider} text model configuration: ${problems.join('; ')}`);
}

/**
 * The text model the environment asks for, checked at start so a typo fails the process with the variable's name
 * rather than the first job. `CONTENTFLOW_TEXT_PROVIDER` is `offline` (the default), `bedrock` or `openai`; empty
 * variables count as unset.
 */
export function readTextModelConfig(env: NodeJS.ProcessEnv = process.env): TextModelConfig {
  const set = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
  const provider = set[PROVIDER_VARIABLE] ?? 'offline';
  switch (provider) {
    case 'offline':
      return { provider };
    case 'bedrock': {
      const parsed = parseEnv(bedrockSchema, set, provider);
      return {
        provider,
        modelId: parsed.CONTENTFLOW_BEDROCK_TEXT_MODEL_ID,
        ...(parsed.CONTENTFLOW_BEDROCK_REGION ? { region: parsed.CONTENTFLOW_BEDROCK_REGION } : {}),
        settings: settingsOf(parsed),
      };
    }
    case 'openai': {
      const parsed = parseEnv(openAiSchema, set, provider);
      return {
        provider,
        baseUrl: parsed.CONTENTFLOW_OPENAI_BASE_URL,
        model: parsed.CONTENTFLOW_OPENAI_MODEL,
        ...(parsed.CONTENTFLOW_OPENAI_API_KEY ? { apiKey: parsed.CONTENTFLOW_OPENAI_API_KEY } : {}),
        structuredOutput: parsed.CONTENTFLOW_OPENAI_STRUCTURED_OUTPUT,
        settings: settingsOf(parsed),
      };
    }
    default:
      throw new TextModelConfigError(
        `${PROVIDER_VARIABLE} must be one of ${TEXT_PROVIDERS.join(', ')}, got ${JSON.stringify(provider)}`,
      );
  }
}
