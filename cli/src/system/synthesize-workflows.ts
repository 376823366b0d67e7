import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AslDefinition } from '@contentflow/platform';

const run = promisify(execFile);

/**
 * The orchestrator's state machines exactly as CloudFormation would deploy them, synthesized by the CDK app in a
 * child process: the synth needs aws-cdk-lib, which would otherwise stay in this process's memory for good.
 */
export async function synthesizeWorkflows(substitutions: Record<string, string>): Promise<Map<string, AslDefinition>> {
  const script = fileURLToPath(import.meta.resolve('@contentflow/infra/print-synthesized-workflows'));
  const { stdout } = await run(process.execPath, [script, JSON.stringify(substitutions)], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  });
  return new Map(Object.entries(JSON.parse(stdout) as Record<string, AslDefinition>));
}
