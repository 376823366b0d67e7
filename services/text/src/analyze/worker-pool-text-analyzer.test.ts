import type { AnalyzeTextInput } from '@contentflow/events/text-analysis';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.ts';
import { WorkerPoolTextAnalyzer } from './worker-pool-text-analyzer.ts';

const INPUTS: AnalyzeTextInput[] = [
  { text: 'ContentFlow turns one idea into a week of posts. Creators love it, and their readers do too.' },
  {
    text: '# Batch your filming\n\nFilm four videos in one afternoon. **Batching** saves setup time, and the light stays the same.\n\n- plan\n- film\n- edit',
    format: 'markdown',
    keyword: 'batching',
    title: 'Batch your filming: four videos in one afternoon',
    metaDescription: 'How batching four videos in one afternoon saves setup time for creators.',
  },
];

function analyzeErrorMessage(input: AnalyzeTextInput): string {
  try {
    analyzeText(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the analysis was expected to fail');
}

describe('WorkerPoolTextAnalyzer', () => {
  const pool = new WorkerPoolTextAnalyzer({ threads: 2 });
  afterAll(() => pool.close());

  it('returns what the analysis on this thread returns, computed on its worker threads', async () => {
    const results = await Promise.all(INPUTS.map((input) => pool.analyze(input)));
    expect(results).toEqual(INPUTS.map((input) => analyzeText(input)));
    expect(pool.completed).toBe(INPUTS.length);
  });

  it('rejects with the analysis’s own message when the input breaks the contract', async () => {
    const failure = pool.analyze({ text: '   ' });
    await expect(failure).rejects.toThrow(analyzeErrorMessage({ text: '   ' }));
    // The pool survives a failed task.
    await expect(pool.analyze(INPUTS[0]!)).resolves.toMatchObject({ counts: { sentences: 2 } });
  });
});
