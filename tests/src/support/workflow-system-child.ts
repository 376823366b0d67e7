/**
 * A process running the workflow system on `CONTENTFLOW_DATA_DIR` (for kill -9 tests). With `--submit <json>` it
 * accepts one short video package and prints `job <id>`; with `--text-only` only the text engine runs here, so
 * the other steps wait for an engine. It prints `ready <executions resumed>` and runs until killed.
 */
import { textManifest } from '@contentflow/text';
import { PACKAGE_ENGINES, startWorkflowSystem } from './workflow-system.ts';

const system = await startWorkflowSystem(process.argv.includes('--text-only') ? [textManifest] : PACKAGE_ENGINES);
const submitAt = process.argv.indexOf('--submit');
if (submitAt >= 0) {
  const input = JSON.parse(process.argv[submitAt + 1] ?? '{}') as Record<string, unknown>;
  const job = await system.submit('tenant-crash', 'short-video-package', input);
  process.stdout.write(`job ${job.id}\n`);
}
process.stdout.write(`ready ${system.resumed}\n`);
