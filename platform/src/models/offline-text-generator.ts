import type { z } from 'zod';
import { ModelError, ModelOutputInvalidError } from './model-errors.ts';
import { issueLines } from './structured-output.ts';
import type {
  ObjectGeneration,
  ObjectRequest,
  TextGeneration,
  TextGenerator,
  TextRequest,
  TextStreamEvent,
} from './text-generator.port.ts';

/** How offline answers are labelled: made by structured templates, not by a language model. */
export const OFFLINE_TEXT_MODEL = 'contentflow-templates';

const NO_USAGE = { inputTokens: 0, outputTokens: 0 } as const;

/**
 * The default provider: no network, deterministic. It answers with the request's own `offline` composer (templates
 * fed by the text's analysis) and checks a structured answer against the schema like any model's, so a template
 * bug fails loudly instead of storing bad content. A request without a composer needs a real model.
 */
export class OfflineTextGenerator implements TextGenerator {
  readonly provider = 'offline' as const;
  readonly model = OFFLINE_TEXT_MODEL;

  generate<S extends z.ZodType>(request: ObjectRequest<S>): Promise<ObjectGeneration<z.output<S>>>;
  generate(request: TextRequest): Promise<TextGeneration>;
  async generate(request: TextRequest | ObjectRequest<z.ZodType>): Promise<TextGeneration | ObjectGeneration<unknown>> {
    request.signal?.throwIfAborted();
    const label = { provider: this.provider, model: this.model, usage: { ...NO_USAGE } };
    if ('schema' in request) {
      const parsed = request.schema.safeParse(await composerOf(request)());
      if (!parsed.success) {
        throw new ModelOutputInvalidError(
          `the offline ${request.schemaName} did not match its schema`,
          issueLines(parsed.error),
        );
      }
      return { object: parsed.data, ...label };
    }
    return { text: await composerOf(request)(), ...label };
  }

  async *stream(request: TextRequest): AsyncIterable<TextStreamEvent> {
    const { text, ...label } = await this.generate(request);
    yield { type: 'delta', text };
    yield { type: 'done', text, ...label };
  }
}

function composerOf<T>(request: { offline?: () => T }): () => T {
  if (request.offline) return request.offline;
  throw new ModelError(
    'MODEL_REQUIRED',
    'this request has no offline answer: it needs a model (set CONTENTFLOW_TEXT_PROVIDER to bedrock or openai)',
  );
}
