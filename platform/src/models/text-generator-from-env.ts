import { BedrockModelClient } from './bedrock/bedrock-model-client.ts';
import { ModelTextGenerator } from './model-text-generator.ts';
import { OfflineTextGenerator } from './offline-text-generator.ts';
import { OpenAiCompatibleModelClient } from './openai/openai-compatible-model-client.ts';
import type { TextGenerator } from './text-generator.port.ts';
import { readTextModelConfig } from './text-model-config.ts';

/** The text generator the environment configures (see readTextModelConfig); offline unless told otherwise. */
export function textGeneratorFromEnv(env: NodeJS.ProcessEnv = process.env): TextGenerator {
  const config = readTextModelConfig(env);
  switch (config.provider) {
    case 'offline':
      return new OfflineTextGenerator();
    case 'bedrock':
      return new ModelTextGenerator(
        new BedrockModelClient({ modelId: config.modelId, ...(config.region ? { region: config.region } : {}) }),
        config.settings,
      );
    case 'openai':
      return new ModelTextGenerator(
        new OpenAiCompatibleModelClient({
          baseUrl: config.baseUrl,
          model: config.model,
          structuredOutput: config.structuredOutput,
          ...(config.apiKey ? { apiKey: config.apiKey } : {}),
        }),
        config.settings,
      );
  }
}
