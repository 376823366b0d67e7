import { describe, expect, it } from 'vitest';
import { inThreadTextAnalyzer } from './in-thread-text-analyzer.ts';
import { textAnalysisThreads, textAnalyzerFromEnv } from './text-analyzer-from-env.ts';
import { WorkerPoolTextAnalyzer } from './worker-pool-text-analyzer.ts';

describe('textAnalysisThreads', () => {
  it('defaults to the calling thread, locally and inside Lambda', () => {
    expect(textAnalysisThreads({})).toBe(0);
    expect(textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '' })).toBe(0);
    expect(textAnalysisThreads({ AWS_LAMBDA_FUNCTION_NAME: 'text-engine' })).toBe(0);
  });

  it('takes CONTENTFLOW_TEXT_ANALYSIS_THREADS, 0 included', () => {
    expect(textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '0' })).toBe(0);
    expect(textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '3' })).toBe(3);
    expect(textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '0', AWS_LAMBDA_FUNCTION_NAME: 'f' })).toBe(0);
  });

  it('refuses threads inside Lambda, whose bundle has no worker script', () => {
    expect(() =>
      textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '2', AWS_LAMBDA_FUNCTION_NAME: 'f' }),
    ).toThrow('CONTENTFLOW_TEXT_ANALYSIS_THREADS must be 0 inside Lambda, got "2"');
  });

  it.each(['-1', '1.5', 'two', '65'])('refuses %j, naming the variable', (value) => {
    expect(() => textAnalysisThreads({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: value })).toThrow(
      `CONTENTFLOW_TEXT_ANALYSIS_THREADS must be a whole number from 0 to 64, got "${value}"`,
    );
  });
});

describe('textAnalyzerFromEnv', () => {
  it('analyses on the calling thread for 0 and on a pool otherwise', async () => {
    expect(textAnalyzerFromEnv({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '0' })).toBe(inThreadTextAnalyzer);
    const pooled = textAnalyzerFromEnv({ CONTENTFLOW_TEXT_ANALYSIS_THREADS: '1' });
    expect(pooled).toBeInstanceOf(WorkerPoolTextAnalyzer);
    await (pooled as WorkerPoolTextAnalyzer).close();
  });
});
