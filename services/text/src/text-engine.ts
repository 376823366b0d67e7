import type { EngineDefinition, TextGenerator } from '@contentflow/platform';
import { textGeneratorFromEnv } from '@contentflow/platform/models';
import { inThreadTextAnalyzer } from './analyze/in-thread-text-analyzer.ts';
import type { TextAnalyzer } from './analyze/text-analyzer.port.ts';
import { textAnalyzerFromEnv } from './analyze/text-analyzer-from-env.ts';
import { analyzeTask } from './tasks/analyze.task.ts';
import { captionsTask } from './tasks/captions.task.ts';
import { descriptionTask } from './tasks/description.task.ts';
import { hashtagsTask } from './tasks/hashtags.task.ts';
import { rewriteTask } from './tasks/rewrite.task.ts';
import { scriptTask } from './tasks/script.task.ts';
import { summarizeTask } from './tasks/summarize.task.ts';
import { titlesTask } from './tasks/titles.task.ts';
import { writeTask } from './tasks/write.task.ts';

/**
 * The text engine over a text generator: analysis is always offline (on `analyzer`'s thread), copy comes from
 * `writer`.
 */
export function createTextEngine(
  writer: TextGenerator,
  analyzer: TextAnalyzer = inThreadTextAnalyzer,
): EngineDefinition {
  return {
    engine: 'text',
    tasks: [
      analyzeTask(analyzer),
      writeTask(writer),
      rewriteTask(writer),
      summarizeTask(writer),
      titlesTask(writer),
      descriptionTask(writer),
      hashtagsTask(writer),
      captionsTask(writer),
      scriptTask(writer),
    ],
  };
}

/**
 * The engine as configured by the environment (CONTENTFLOW_TEXT_PROVIDER and the model settings,
 * CONTENTFLOW_TEXT_ANALYSIS_THREADS), read when the module loads so a bad setting stops the process at start with
 * the variable's name.
 */
export const textEngine: EngineDefinition = createTextEngine(textGeneratorFromEnv(), textAnalyzerFromEnv());
