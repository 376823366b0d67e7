import { backgroundGeneratorFromEnv } from '@contentflow/image';
import { SPEECH_PROVIDER_VARIABLE } from '@contentflow/platform/audio';
import { readTextModelConfig } from '@contentflow/platform/models';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResourceNames, stackName } from '../config/resource-names.ts';
import { SYNTH_TIMEOUT_MS, testApp, testConfig } from '../test-support/test-app.ts';
import type { AiProviderConfig } from './ai-providers.ts';
import { SERVICES } from './service-catalog.ts';
import { ServiceStack } from './service-stack.ts';

const TEXT_PROFILE = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';
const IMAGE_MODEL = 'amazon.nova-canvas-v1:0';
const ai: AiProviderConfig = { textModelId: TEXT_PROFILE, imageModelId: IMAGE_MODEL, speechProvider: 'polly' };

// Every service, deployed with every provider switched on.
const synthesis = testApp();
const stacks = new Map<string, ServiceStack>();
beforeAll(() => {
  const { app } = synthesis;
  const config = testConfig(app);
  for (const deployment of SERVICES) {
    const { service } = deployment.manifest;
    stacks.set(
      service,
      new ServiceStack(app, stackName(service), {
        deployment,
        ai,
        names: new ResourceNames(config.stage),
        env: { region: config.region },
      }),
    );
  }
  app.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => synthesis.dispose());

/** The one function of an engine's stack: its environment and the statements of its policies. */
function engineFunction(service: string) {
  const template = Template.fromStack(stacks.get(service)!);
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
  const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy['Properties'].PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
  );
  const variables = Object.entries(fn!['Properties'].Environment.Variables as Record<string, unknown>);
  return {
    // Literal values only: deploy-time references (SSM parameters) are not what this test is about.
    environment: Object.fromEntries(
      variables.filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
    granted: (action: string) =>
      statements
        .filter((statement) => [statement.Action].flat().includes(action))
        .flatMap((statement) => [statement.Resource].flat()),
  };
}

const account = { Ref: 'AWS::AccountId' };

describe.each(['text', 'creative'])('the %s engine, with a Bedrock text model', (service) => {
  test('is configured as the model config reader expects', () => {
    expect(readTextModelConfig(engineFunction(service).environment)).toMatchObject({
      provider: 'bedrock',
      modelId: TEXT_PROFILE,
    });
  });

  test('may converse with that inference profile and its model in the regions it routes to, nothing else', () => {
    const { granted } = engineFunction(service);
    const expected = [
      { 'Fn::Join': ['', ['arn:aws:bedrock:us-east-1:', account, `:inference-profile/${TEXT_PROFILE}`]] },
      'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0',
    ];
    // Policy minimization orders resources as it likes.
    for (const action of ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']) {
      expect(granted(action)).toHaveLength(expected.length);
      expect(granted(action)).toEqual(expect.arrayContaining(expected));
    }
    expect(granted('polly:SynthesizeSpeech')).toEqual([]);
  });
});

describe('the image engine, with a Bedrock image model', () => {
  test('paints backgrounds with that model, and may invoke only it', async () => {
    const { environment, granted } = engineFunction('image');
    expect(await backgroundGeneratorFromEnv(environment)).toBeDefined();
    expect(environment['CONTENTFLOW_BEDROCK_IMAGE_MODEL']).toBe(IMAGE_MODEL);
    expect(granted('bedrock:InvokeModel')).toEqual([`arn:aws:bedrock:us-east-1::foundation-model/${IMAGE_MODEL}`]);
    expect(granted('bedrock:InvokeModelWithResponseStream')).toEqual([]);
  });
});

describe('the audio engine, with Polly', () => {
  test('speaks with Polly, and may call SynthesizeSpeech', () => {
    const { environment, granted } = engineFunction('audio');
    expect(environment[SPEECH_PROVIDER_VARIABLE]).toBe('polly');
    expect(granted('polly:SynthesizeSpeech')).toEqual(['*']);
    expect(granted('bedrock:InvokeModel')).toEqual([]);
  });
});

test('services without providers get neither their variables nor their grants', () => {
  const { environment, granted } = engineFunction('video');
  expect(Object.keys(environment).filter((name) => /PROVIDER|MODEL/.test(name))).toEqual([]);
  expect([...granted('bedrock:InvokeModel'), ...granted('polly:SynthesizeSpeech')]).toEqual([]);
});

test('cdk-nag finds nothing unacknowledged with every provider on', () => {
  const checks = new AwsSolutionsChecks(synthesis.app);
  for (const stack of stacks.values()) {
    expect({ stack: stack.stackName, violations: checks.validateScope(stack).violations }).toEqual({
      stack: stack.stackName,
      violations: [],
    });
  }
});
