import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { inThreadTextAnalyzer } from './in-thread-text-analyzer.ts';
import type { TextAnalyzer } from './text-analyzer.port.ts';
import { WorkerPoolTextAnalyzer } from './worker-pool-text-analyzer.ts';

export const TEXT_ANALYSIS_THREADS_VARIABLE = 'CONTENTFLOW_TEXT_ANALYSIS_THREADS';

const threadsSchema = z.coerce.number().int().min(0).max(64);

/**
 * How many worker threads analyse text: `CONTENTFLOW_TEXT_ANALYSIS_THREADS`, 0 meaning the calling thread. Unset,
 * it is 0 inside Lambda (an invocation has its sandbox to itself, and may not be anything else there) and on one
 * core, else 1: the local system runs everything else on its main thread, and one more thread is what a second
 * core can give.
 */
export function textAnalysisThreads(env: NodeJS.ProcessEnv = process.env): number {
  const inLambda = Boolean(env['AWS_LAMBDA_FUNCTION_NAME']);
  const value = env[TEXT_ANALYSIS_THREADS_VARIABLE];
  if (value === undefined || value === '') return inLambda || availableParallelism() < 2 ? 0 : 1;
  const parsed = threadsSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${TEXT_ANALYSIS_THREADS_VARIABLE} must be a whole number from 0 to 64, got "${value}"`);
  }
  if (inLambda && parsed.data > 0) {
    // The function is one esbuild bundle: the worker script a thread would load is not in it.
    throw new Error(`${TEXT_ANALYSIS_THREADS_VARIABLE} must be 0 inside Lambda, got "${value}"`);
  }
  return parsed.data;
}

/** The analyzer the environment asks for (see {@link textAnalysisThreads}). */
export function textAnalyzerFromEnv(env: NodeJS.ProcessEnv = process.env): TextAnalyzer {
  const threads = textAnalysisThreads(env);
  return threads === 0 ? inThreadTextAnalyzer : new WorkerPoolTextAnalyzer({ threads });
}
