import { z } from 'zod';
import type { TokenUsage } from '../text-generator.port.ts';

/**
 * The parts of the OpenAI chat-completions wire format this adapter reads. Ollama, llama.cpp's server, vLLM and
 * LM Studio all answer in it; fields they differ on (ids, timings, logprobs) are ignored.
 */
const usageSchema = z.object({
  prompt_tokens: z.int().nonnegative().catch(0),
  completion_tokens: z.int().nonnegative().catch(0),
});

export const chatCompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema.nullish(),
});

export const chatCompletionChunkSchema = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() })).nullish(),
  usage: usageSchema.nullish(),
});

/** OpenAI nests `{ error: { message } }`; Ollama and llama.cpp send `{ error: "…" }` as well. */
export const errorBodySchema = z.object({
  error: z.union([z.string(), z.object({ message: z.string() })]),
});

export function usageOf(usage: z.infer<typeof usageSchema> | null | undefined): TokenUsage {
  return { inputTokens: usage?.prompt_tokens ?? 0, outputTokens: usage?.completion_tokens ?? 0 };
}

/** The server's own words from an error body, or the start of the body when it is not the usual shape. */
export function errorMessageOf(body: string): string {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    if (parsed.success) return typeof parsed.data.error === 'string' ? parsed.data.error : parsed.data.error.message;
  } catch {
    // Not JSON: a proxy's page, say.
  }
  return body.slice(0, 300);
}
