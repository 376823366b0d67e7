import type { GeneratedBy, TokenUsageOutput } from '@contentflow/events';
import type { GenerationLabel, JsonObject, ModelProvider, TaskArtifact } from '@contentflow/platform';

export interface GenerationFields {
  generatedBy: GeneratedBy;
  usage: TokenUsageOutput;
}

/** The provenance and cost every generated output carries. */
export function generationFieldsOf(answer: GenerationLabel): GenerationFields {
  return { generatedBy: { provider: answer.provider, model: answer.model }, usage: { ...answer.usage } };
}

/**
 * How a generating task stores its result: the output as one JSON file, and on the content record a summary
 * (provider, token usage, scores) small enough to list and query, whatever the size of the output.
 */
export function storedOutput(
  kind: string,
  output: GenerationFields & object,
  summary: JsonObject,
  options: { title?: string; body?: { fileName: string; mimeType: string; text: string } } = {},
): { artifacts: TaskArtifact[]; provider: ModelProvider; model: string } {
  const metadata: JsonObject = { ...summary, generatedBy: { ...output.generatedBy }, usage: { ...output.usage } };
  const file = options.body ?? { fileName: `${kind}.json`, mimeType: 'application/json', text: JSON.stringify(output) };
  return {
    artifacts: [
      {
        fileName: file.fileName,
        mimeType: file.mimeType,
        body: Buffer.from(file.text, 'utf8'),
        metadata,
        ...(options.title ? { title: options.title } : {}),
      },
    ],
    provider: output.generatedBy.provider,
    model: output.generatedBy.model,
  };
}
