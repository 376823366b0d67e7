import { textAnalyzeTask } from '@contentflow/events';
import { OfflineTextGenerator } from '@contentflow/platform';
import { afterAll, expect, test } from 'vitest';
import { analyzeText } from './analyze/analyze-text.ts';
import { WorkerPoolTextAnalyzer } from './analyze/worker-pool-text-analyzer.ts';
import { startLocalEngineHarness } from './test-support/local-engine-harness.ts';
import { createTextEngine } from './text-engine.ts';

const pool = new WorkerPoolTextAnalyzer({ threads: 1 });
const harness = startLocalEngineHarness(createTextEngine(new OfflineTextGenerator(), pool));
afterAll(async () => {
  harness.close();
  await pool.close();
});

test('text.analyze on an analysis thread stores what the calling thread would have computed', async () => {
  const input = { text: 'Batch your filming. Four videos in one afternoon save hours of setup.', keyword: 'filming' };

  const { outcome, stored } = await harness.run('analyze', input);

  expect(outcome.status).toBe('succeeded');
  expect(textAnalyzeTask.output.parse(JSON.parse(stored[0]!.body.toString('utf8')))).toEqual(analyzeText(input));
  expect(pool.completed).toBe(1);
});
