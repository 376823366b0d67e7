import type { z } from 'zod';
import type { Completion, CompletionRequest, ModelClient, ResponseFormat } from './model-client.ts';
import { ModelError, ModelOutputInvalidError } from './model-errors.ts';
import { issueLines, responseFormatOf } from './structured-output.ts';
import type {
  ChatMessage,
  GenerationOptions,
  ObjectGeneration,
  ObjectRequest,
  TextGeneration,
  TextGenerator,
  TextRequest,
  TextStreamEvent,
  TokenUsage,
} from './text-generator.port.ts';

export interface ModelSettings {
  /** The house prompt put before every request's own system prompt. */
  systemPrompt?: string;
  /** Default and ceiling of a request's maxTokens: the cost bound of one call. */
  maxTokens: number;
  /** Used when a request names none. */
  temperature: number;
  /** One call (or one stream) gets this long, retries included. */
  timeoutMs: number;
}

type Checked<T> = { ok: true; value: T } | { ok: false; issues: string[] };

const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };
const TRUNCATED = new Set(['max_tokens', 'length']);

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

/** What the model is told after an answer that failed validation, so the one retry can fix it. */
function correctionOf(issues: readonly string[], completion: Completion): string {
  const cutOff = completion.stopReason && TRUNCATED.has(completion.stopReason);
  return [
    'Your answer does not match the required structure:',
    ...issues.map((issue) => `- ${issue}`),
    ...(cutOff ? ['It was cut off at the length limit: keep it shorter.'] : []),
    'Answer again with the complete, corrected answer only.',
  ].join('\n');
}

/**
 * The TextGenerator port over a model provider. Model output is untrusted: a structured answer is parsed and
 * validated with the request's zod schema and, when it fails, sent back once with the problems listed; a second
 * failure is MODEL_OUTPUT_INVALID. Token usage is summed over both calls.
 */
export class ModelTextGenerator implements TextGenerator {
  readonly provider: ModelClient['provider'];
  readonly model: string;
  readonly #client: ModelClient;
  readonly #settings: ModelSettings;

  constructor(client: ModelClient, settings: ModelSettings) {
    this.#client = client;
    this.#settings = settings;
    this.provider = client.provider;
    this.model = client.model;
  }

  generate<S extends z.ZodType>(request: ObjectRequest<S>): Promise<ObjectGeneration<z.output<S>>>;
  generate(request: TextRequest): Promise<TextGeneration>;
  async generate(request: TextRequest | ObjectRequest<z.ZodType>): Promise<TextGeneration | ObjectGeneration<unknown>> {
    if ('schema' in request) {
      const { schema } = request;
      const format = responseFormatOf(schema, request.schemaName, request.schemaDescription ?? request.schemaName);
      const { value, usage } = await this.#answer(request, format, (completion) => {
        if (completion.json === undefined) return { ok: false, issues: ['(root): the reply held no JSON value'] };
        const parsed = schema.safeParse(completion.json);
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issueLines(parsed.error) };
      });
      return { object: value, usage, provider: this.provider, model: this.model };
    }
    const { value, usage } = await this.#answer(request, undefined, (completion) =>
      completion.text.trim() === ''
        ? { ok: false, issues: ['(root): the reply was empty'] }
        : { ok: true, value: completion.text },
    );
    return { text: value, usage, provider: this.provider, model: this.model };
  }

  async *stream(request: TextRequest): AsyncIterable<TextStreamEvent> {
    const { call, timeout } = this.#call(request);
    let text = '';
    let usage = NO_USAGE;
    try {
      for await (const event of this.#client.stream(call)) {
        if (event.type === 'usage') {
          usage = event.usage;
          continue;
        }
        text += event.text;
        yield { type: 'delta', text: event.text };
      }
    } catch (error) {
      throw this.#failure(error, request, timeout);
    }
    yield { type: 'done', text, usage, provider: this.provider, model: this.model };
  }

  /** Asks, checks, and asks once more with the problems listed when the answer fails the check. */
  async #answer<T>(
    request: GenerationOptions,
    format: ResponseFormat | undefined,
    check: (completion: Completion) => Checked<T>,
  ): Promise<{ value: T; usage: TokenUsage }> {
    let messages: ChatMessage[] = [...request.messages];
    let usage = NO_USAGE;
    for (let attempt = 1; ; attempt += 1) {
      const completion = await this.#complete({ ...request, messages }, format);
      usage = addUsage(usage, completion.usage);
      const checked = check(completion);
      if (checked.ok) return { value: checked.value, usage };
      if (attempt === 2) {
        throw new ModelOutputInvalidError(
          `${this.provider} model ${this.model} answered twice with output that does not match ${format?.name ?? 'text'}`,
          checked.issues,
        );
      }
      messages = [
        ...messages,
        { role: 'assistant', content: completion.text.trim() || '(empty reply)' },
        { role: 'user', content: correctionOf(checked.issues, completion) },
      ];
    }
  }

  async #complete(request: GenerationOptions, format: ResponseFormat | undefined): Promise<Completion> {
    const { call, timeout } = this.#call(request);
    try {
      return await this.#client.complete(format ? { ...call, responseFormat: format } : call);
    } catch (error) {
      throw this.#failure(error, request, timeout);
    }
  }

  /** The call with every setting resolved, under the time limit. */
  #call(request: GenerationOptions): { call: CompletionRequest; timeout: AbortSignal } {
    const { systemPrompt, maxTokens, temperature, timeoutMs } = this.#settings;
    const timeout = AbortSignal.timeout(timeoutMs);
    const call: CompletionRequest = {
      system: [systemPrompt, request.system].filter(Boolean).join('\n\n'),
      messages: request.messages,
      maxTokens: Math.min(request.maxTokens ?? maxTokens, maxTokens),
      temperature: request.temperature ?? temperature,
      signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
    };
    return { call, timeout };
  }

  /** A cancelled job rethrows its own reason; a call out of time is MODEL_UNAVAILABLE; the rest passes as is. */
  #failure(error: unknown, request: GenerationOptions, timeout: AbortSignal): unknown {
    if (request.signal?.aborted) return request.signal.reason;
    if (timeout.aborted) {
      const limit = this.#settings.timeoutMs;
      return new ModelError(
        'MODEL_UNAVAILABLE',
        `${this.provider} model ${this.model} gave no answer within ${limit} ms`,
        {
          cause: error,
        },
      );
    }
    return error;
  }
}
