import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { type DeploymentConfig, readDeploymentConfig } from '../config/deployment-config.ts';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { addContentFlowStacks, type ContentFlowStacks } from '../contentflow-app.ts';
import type { ServiceDeployment } from '../services/service-deployment.ts';

/** The context `cdk synth` gives the app (stage, feature flags), so tests synthesize what the CLI would. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'infra', 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface TestAppOptions {
  /** Run esbuild for every function (seconds each); by default assets are not built, which synth allows. */
  bundle?: boolean;
  /**
   * CDK's built-in CloudFormation linter (a WebAssembly module, seconds to start): on in `cdk synth`, off in tests
   * unless one asks, since it only warns.
   */
  cloudFormationValidation?: boolean;
  context?: Record<string, unknown>;
}

/** How long a first synth may take on a loaded machine (module loading dominates). */
export const SYNTH_TIMEOUT_MS = 180_000;

export interface TestApp {
  app: App;
  /** Removes the cloud assembly directory. */
  dispose(): void;
}

/** An App writing to a temp dir (never to infra/cdk.out), with bundling skipped unless asked for. */
export function testApp(options: TestAppOptions = {}): TestApp {
  const outdir = mkdtempSync(join(tmpdir(), 'cf-cdk-'));
  const app = new App({
    outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation ?? false,
    context: {
      ...cdkJsonContext(),
      // CDK's own switch (the CLI sets it to the stacks it is about to deploy): others get no asset build.
      'aws:cdk:bundling-stacks': options.bundle ? ['**'] : [],
      ...options.context,
    },
  });
  return { app, dispose: () => rmSync(outdir, { recursive: true, force: true }) };
}

export function testConfig(app: App): DeploymentConfig {
  return readDeploymentConfig((key) => app.node.tryGetContext(key), {});
}

export interface SynthesizedSystem extends TestApp {
  stacks: ContentFlowStacks;
  config: DeploymentConfig;
  /** Synthesizes the app (once; run it in `beforeAll` with SYNTH_TIMEOUT_MS). */
  synth(): CloudAssembly;
  /** Template of a stack by its name (`ContentFlow-Text`). */
  template(stackName: string): Template;
}

/** The whole system as `npm run synth` builds it, from the given services. */
export function synthesizeSystem(
  deployments: readonly ServiceDeployment[],
  options: TestAppOptions = {},
): SynthesizedSystem {
  const test = testApp(options);
  const config = testConfig(test.app);
  const stacks = addContentFlowStacks(test.app, config, deployments);
  const templates = new Map<string, Template>();
  return {
    ...test,
    stacks,
    config,
    synth: () => test.app.synth(),
    template(stackName) {
      const stack = stacks.all.find((candidate) => candidate.stackName === stackName);
      if (!stack) throw new Error(`no stack ${stackName} (have ${stacks.all.map((s) => s.stackName).join(', ')})`);
      let template = templates.get(stackName);
      if (!template) {
        template = Template.fromStack(stack);
        templates.set(stackName, template);
      }
      return template;
    },
  };
}
