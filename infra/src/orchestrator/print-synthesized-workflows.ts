/**
 * Prints the orchestrator's synthesized state machines as JSON (`{ workflowName: asl }`), with the definition
 * substitutions given as a JSON argument. The local system runs it as a child process so aws-cdk-lib never
 * occupies the long-running process's memory.
 */
import { orchestratorManifest } from '@contentflow/orchestrator';
import { synthesizedWorkflows } from './synthesized-workflows.ts';

const substitutions = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
const definitions = synthesizedWorkflows(orchestratorManifest, { substitutions });
process.stdout.write(JSON.stringify(Object.fromEntries(definitions)));
