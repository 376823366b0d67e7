import { z } from 'zod';
import { inThreadTextAnalyzer } from './in-thread-text-analyzer.ts';
import type { TextAnalyzer } from './text-analyzer.port.ts';
import { WorkerPoolTextAnalyzer } from './worker-pool-text-analyzer.ts';

export const TEXT_ANALYSIS_THREADS_VARIABLE = 'CONTENTFLOW_TEXT_ANALYSIS_THREADS';

const threadsSchema = z.coerce.number().int().min(0).max(64);

/**
 * How many worker threads analyse text: `CONTENTFLOW_TEXT_ANALYSIS_THREADS`, 0 (the default) meaning the calling
 * thread. A thread takes the NLP off the local system's main thread, which then serves about a fifth more jobs a
 * second on two cores, but it holds ~60 MB while alive; one creator's machine is better off without it, a server
 * under load with it. Lambda accepts only 0: an invocation has its sandbox to itself, and the function's bundle has
 * no worker script.
 */
export function textAnalysisThreads(env: NodeJS.ProcessEnv = process.env): number {
  const inLambda = Boolean(env['AWS_LAMBDA_FUNCTION_NAME']);
  const value = env[TEXT_ANALYSIS_THREADS_VARIABLE];
  if (value === undefined || value === '') return 0;
  const parsed = threadsSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${TEXT_ANALYSIS_THREADS_VARIABLE} must be a whole number from 0 to 64, got "${value}"`);
  }
  if (inLambda && parsed.data > 0) {
    throw new Error(`${TEXT_ANALYSIS_THREADS_VARIABLE} must be 0 inside Lambda, got "${value}"`);
  }
  return parsed.data;
}

/** The analyzer the environment asks for (see {@link textAnalysisThreads}). */
export function textAnalyzerFromEnv(env: NodeJS.ProcessEnv = process.env): TextAnalyzer {
  const threads = textAnalysisThreads(env);
  return threads === 0 ? inThreadTextAnalyzer : new WorkerPoolTextAnalyzer({ threads });
}
