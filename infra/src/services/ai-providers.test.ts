import { backgroundGeneratorFromEnv } from '@contentflow/image';
import { SPEECH_PROVIDER_VARIABLE } from '@contentflow/platform/audio';
import { readTextModelConfig } from '@contentflow/platform/models';
import { videoClipGeneratorFromEnv } from '@contentflow/video';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResourceNames, stackName, VIDEO_CLIPS_PREFIX } from '../config/resource-names.ts';
import { SYNTH_TIMEOUT_MS, testApp, testConfig } from '../test-support/test-app.ts';
import type { AiProviderConfig } from './ai-providers.ts';
import { SERVICES } from './service-catalog.ts';
import { ServiceStack } from './service-stack.ts';

const TEXT_PROFILE = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';
const IMAGE_MODEL = 'amazon.nova-canvas-v1:0';
const VIDEO_CLIP_MODEL = 'amazon.nova-reel-v1:1';
const ai: AiProviderConfig = {
  textModelId: TEXT_PROFILE,
  imageModelId: IMAGE_MODEL,
  speechProvider: 'polly',
  videoClipModelId: VIDEO_CLIP_MODEL,
};

// Every service, deployed with every provider switched on; and the video service once more with none.
const synthesis = testApp();
const stacks = new Map<string, ServiceStack>();
let offlineVideo: ServiceStack;
let names: ResourceNames;
beforeAll(() => {
  const { app } = synthesis;
  const config = testConfig(app);
  names = new ResourceNames(config.stage);
  const common = { names, env: { region: config.region } };
  for (const deployment of SERVICES) {
    const { service } = deployment.manifest;
    stacks.set(service, new ServiceStack(app, stackName(service), { ...common, deployment, ai }));
  }
  const video = SERVICES.find((deployment) => deployment.manifest.service === 'video')!;
  offlineVideo = new ServiceStack(app, 'ContentFlow-Video-Offline', { ...common, deployment: video });
  app.synth();
}, SYNTH_TIMEOUT_MS);
afterAll(() => synthesis.dispose());

const ACCOUNT = '123456789012';
const MEDIA_BUCKET = 'contentflow-dev-storage-mediabucket-1a2b3c4d';

/** What the platform stacks wrote to SSM, as a deploy would find it (the media bucket; others by name). */
function parameterValue(name: string): string {
  const values: Record<string, string> = {
    [names.parameter('media-bucket-name')]: MEDIA_BUCKET,
    [names.parameter('media-bucket-arn')]: `arn:aws:s3:::${MEDIA_BUCKET}`,
  };
  return values[name] ?? `<${name}>`;
}

/** The one function of an engine's stack: its environment and the statements of its policies. */
function engineFunction(stack: ServiceStack) {
  const template = Template.fromStack(stack);
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
  const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy['Properties'].PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
  );
  const variables = fn!['Properties'].Environment.Variables as Record<string, unknown>;
  const parameters = template.toJSON()['Parameters'] as Record<string, { Type: string; Default: string }>;

  /**
   * A value as CloudFormation deploys it: joins of literals, the account and SSM parameter values. Anything else
   * (this stack's own resources) stays a placeholder, which equals no ARN a test expects.
   */
  const deployed = (value: unknown): string => {
    if (typeof value === 'string') return value;
    const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join) return join[1].map(deployed).join(join[0]);
    const ref = (value as { Ref?: string }).Ref;
    if (ref === 'AWS::AccountId') return ACCOUNT;
    const parameter = ref === undefined ? undefined : parameters[ref];
    if (parameter?.Type === 'AWS::SSM::Parameter::Value<String>') return parameterValue(parameter.Default);
    return `<${JSON.stringify(value)}>`;
  };

  return {
    // Literal values only: most deploy-time references (table names cut out of ARNs, …) are not this test's subject.
    environment: Object.fromEntries(
      Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
    variable: (name: string) => deployed(variables[name]),
    granted: (action: string) =>
      statements
        .filter((statement) => [statement.Action].flat().includes(action))
        .flatMap((statement) => [statement.Resource].flat()),
    actions: (prefix: string) =>
      [...new Set(statements.flatMap((statement) => [statement.Action].flat()))]
        .filter((action) => action.startsWith(prefix))
        .sort(),
    statementOn: (resource: string) =>
      statements.find((statement) => [statement.Resource].flat().some((granted) => deployed(granted) === resource)),
    deployed,
  };
}

const engine = (service: string) => engineFunction(stacks.get(service)!);

const account = { Ref: 'AWS::AccountId' };

describe.each(['text', 'creative'])('the %s engine, with a Bedrock text model', (service) => {
  test('is configured as the model config reader expects', () => {
    expect(readTextModelConfig(engine(service).environment)).toMatchObject({
      provider: 'bedrock',
      modelId: TEXT_PROFILE,
    });
  });

  test('may converse with that inference profile and its model in the regions it routes to, nothing else', () => {
    const { granted } = engine(service);
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
    const { environment, granted } = engine('image');
    expect(await backgroundGeneratorFromEnv(environment)).toBeDefined();
    expect(environment['CONTENTFLOW_BEDROCK_IMAGE_MODEL']).toBe(IMAGE_MODEL);
    expect(granted('bedrock:InvokeModel')).toEqual([`arn:aws:bedrock:us-east-1::foundation-model/${IMAGE_MODEL}`]);
    expect(granted('bedrock:InvokeModelWithResponseStream')).toEqual([]);
  });
});

describe('the audio engine, with Polly', () => {
  test('speaks with Polly, and may call SynthesizeSpeech', () => {
    const { environment, granted } = engine('audio');
    expect(environment[SPEECH_PROVIDER_VARIABLE]).toBe('polly');
    expect(granted('polly:SynthesizeSpeech')).toEqual(['*']);
    expect(granted('bedrock:InvokeModel')).toEqual([]);
  });
});

describe('the video engine, with Polly', () => {
  test('speaks its narration with Polly too, and may call SynthesizeSpeech', () => {
    const { environment, granted } = engine('video');
    expect(environment[SPEECH_PROVIDER_VARIABLE]).toBe('polly');
    expect(granted('polly:SynthesizeSpeech')).toEqual(['*']);
  });
});

describe('the video engine, with Nova Reel clips', () => {
  test('films clips into the clips prefix of the media bucket it finds through SSM, as its config reader expects', async () => {
    const { environment, variable } = engine('video');
    const uri = variable('CONTENTFLOW_VIDEO_CLIP_S3_URI');
    expect(uri).toBe(`s3://${MEDIA_BUCKET}/${VIDEO_CLIPS_PREFIX}`);
    const generator = await videoClipGeneratorFromEnv({ ...environment, CONTENTFLOW_VIDEO_CLIP_S3_URI: uri });
    expect(generator).toMatchObject({ provider: 'bedrock', model: VIDEO_CLIP_MODEL });
  });

  test('may start Nova Reel, follow its own invocations, and write and read clips under that prefix only', () => {
    const { granted, actions, statementOn, variable, deployed } = engine('video');
    // StartAsyncInvoke is authorized as InvokeModel on the model; GetAsyncInvoke on the invocation.
    expect(actions('bedrock:')).toEqual(['bedrock:GetAsyncInvoke', 'bedrock:InvokeModel']);
    expect(granted('bedrock:InvokeModel')).toEqual([`arn:aws:bedrock:us-east-1::foundation-model/${VIDEO_CLIP_MODEL}`]);
    expect(granted('bedrock:GetAsyncInvoke').map(deployed)).toEqual([
      `arn:aws:bedrock:us-east-1:${ACCOUNT}:async-invoke/*`,
    ]);
    // Bedrock writes `<uri>/<invocation id>/output.mp4` with the caller's permissions; the engine reads it back.
    const clips = `arn:aws:s3:::${variable('CONTENTFLOW_VIDEO_CLIP_S3_URI').slice('s3://'.length)}/*`;
    expect([statementOn(clips)?.Action].flat().sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    // SSE-S3: there is no key to be granted.
    expect(actions('kms:')).toEqual([]);
  });

  test('switched off, the video engine gets neither the variables nor the grants', () => {
    const { environment, actions, statementOn } = engineFunction(offlineVideo);
    expect(Object.keys(environment).filter((name) => /CLIP|PROVIDER|MODEL/.test(name))).toEqual([]);
    expect(actions('bedrock:')).toEqual([]);
    expect(statementOn(`arn:aws:s3:::${MEDIA_BUCKET}/${VIDEO_CLIPS_PREFIX}/*`)).toBeUndefined();
  });
});

test('cdk-nag finds nothing unacknowledged with every provider on, nor with them off', () => {
  const checks = new AwsSolutionsChecks(synthesis.app);
  for (const stack of [...stacks.values(), offlineVideo]) {
    expect({ stack: stack.stackName, violations: checks.validateScope(stack).violations }).toEqual({
      stack: stack.stackName,
      violations: [],
    });
  }
});
