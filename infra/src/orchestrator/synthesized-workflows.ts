import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AslDefinition, OrchestratorManifest } from '@contentflow/platform';
import { App } from 'aws-cdk-lib';
import { ResourceNames } from '../config/resource-names.ts';
import { ServiceStack } from '../services/service-stack.ts';

/** The definition in the template is not the JSON text or `Fn::Join` of parts this resolver understands. */
export class SynthesizedDefinitionError extends Error {
  override name = 'SynthesizedDefinitionError';
}

/** Values the local runtime gives the CloudFormation references and definition substitutions it meets. */
export interface LocalResolution {
  /** `${EventBusName}`-style definition substitutions. */
  substitutions: Readonly<Record<string, string>>;
  /** `AWS::Partition`, `AWS::Region`, …: pseudo parameters a definition may reference. */
  pseudoParameters?: Readonly<Record<string, string>>;
}

const DEFAULT_PSEUDO = { 'AWS::Partition': 'aws', 'AWS::Region': 'local', 'AWS::AccountId': '000000000000' };

function resolveIntrinsic(value: unknown, pseudo: Readonly<Record<string, string>>): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join) return join[1].map((part) => resolveIntrinsic(part, pseudo)).join(join[0]);
    const ref = (value as { Ref?: string }).Ref;
    if (ref !== undefined && pseudo[ref] !== undefined) return pseudo[ref];
    const getAtt = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
    if (getAtt) return `arn:aws:local:${getAtt[0]}:${getAtt[1]}`;
  }
  throw new SynthesizedDefinitionError(`cannot resolve ${JSON.stringify(value)} in a DefinitionString`);
}

function substitute(text: string, substitutions: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_match, key: string) => {
    const value = substitutions[key];
    if (value === undefined) throw new SynthesizedDefinitionError(`no local value for the substitution \${${key}}`);
    return JSON.stringify(value).slice(1, -1);
  });
}

/**
 * The orchestrator's state machines as CloudFormation deploys them: the orchestrator's stack is synthesized in
 * process (no asset bundling) and each `DefinitionString` is resolved (`Fn::Join`, `Ref`, `Fn::GetAtt`) with its
 * definition substitutions filled in from local values. This is what the local runtime executes, so a definition
 * that the synth changes is tested as deployed.
 */
export function synthesizedWorkflows(
  manifest: OrchestratorManifest,
  resolution: LocalResolution,
  stage = 'local',
): Map<string, AslDefinition> {
  const outdir = mkdtempSync(join(tmpdir(), 'cf-synth-'));
  try {
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
    const names = new ResourceNames(stage);
    const stack = new ServiceStack(app, 'Orchestrator', { deployment: { manifest }, names });
    const template = app.synth().getStackByName(stack.stackName).template as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const pseudo = { ...DEFAULT_PSEUDO, ...resolution.pseudoParameters };
    const definitions = new Map<string, AslDefinition>();
    for (const resource of Object.values(template.Resources)) {
      if (resource.Type !== 'AWS::StepFunctions::StateMachine') continue;
      const machineName = resource.Properties['StateMachineName'];
      const workflow = manifest.workflows.find((candidate) => names.stateMachineName(candidate.name) === machineName);
      if (!workflow) throw new SynthesizedDefinitionError(`state machine ${String(machineName)} is in no workflow`);
      const text = resolveIntrinsic(resource.Properties['DefinitionString'], pseudo);
      definitions.set(workflow.name, JSON.parse(substitute(text, resolution.substitutions)) as AslDefinition);
    }
    return definitions;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
