import type { GeneratedBy, TokenUsageOutput } from '@contentflow/events';
import type { GenerationLabel, JsonObject, ModelProvider, TaskArtifact } from '@contentflow/platform';

export interface GenerationFields {
  generatedBy: GeneratedBy;
  usage: TokenUsageOutput;
}

/** The provenance and cost every creative output carries. */
export function generationFieldsOf(answer: GenerationLabel): GenerationFields {
  return { generatedBy: { provider: answer.provider, model: answer.model }, usage: { ...answer.usage } };
}

/**
 * How a creative task stores its result: the whole output as one JSON file, and on the content record a summary
 * (the suggestions it made, provider and token usage) that the next `creative.ideas` reads as history.
 */
export function storedOutput(
  kind: string,
  title: string,
  output: GenerationFields & object,
  metadata: JsonObject,
): { artifacts: TaskArtifact[]; provider: ModelProvider; model: string } {
  return {
    artifacts: [
      {
        fileName: `${kind}.json`,
        mimeType: 'application/json',
        body: Buffer.from(JSON.stringify(output), 'utf8'),
        title,
        metadata: { ...metadata, generatedBy: { ...output.generatedBy }, usage: { ...output.usage } },
      },
    ],
    provider: output.generatedBy.provider,
    model: output.generatedBy.model,
  };
}
