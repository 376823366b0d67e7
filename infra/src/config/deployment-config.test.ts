import { describe, expect, test } from 'vitest';
import { DeploymentConfigError, readDeploymentConfig } from './deployment-config.ts';

const context = (values: Record<string, unknown>) => (key: string) => values[key];

describe('readDeploymentConfig', () => {
  test('defaults give a dev stage in us-east-1 with two to six API tasks', () => {
    expect(readDeploymentConfig(context({}), {})).toEqual({
      stage: 'dev',
      region: 'us-east-1',
      mediaGlacierAfterDays: 90,
      apiMinTasks: 2,
      apiMaxTasks: 6,
      speechProvider: 'offline',
    });
  });

  test('model providers are switched on by naming a Bedrock model or Polly', () => {
    const config = readDeploymentConfig(
      context({
        textModelId: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
        imageModelId: 'amazon.nova-canvas-v1:0',
        speechProvider: 'polly',
        videoClipModelId: 'amazon.nova-reel-v1:1',
      }),
      {},
    );
    expect(config).toMatchObject({
      textModelId: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      imageModelId: 'amazon.nova-canvas-v1:0',
      speechProvider: 'polly',
      videoClipModelId: 'amazon.nova-reel-v1:1',
    });
  });

  test('context values given as strings on the command line become numbers', () => {
    const config = readDeploymentConfig(context({ stage: 'prod', mediaGlacierAfterDays: '30', apiMaxTasks: '10' }), {});
    expect(config).toMatchObject({ stage: 'prod', mediaGlacierAfterDays: 30, apiMaxTasks: 10 });
  });

  test('the region comes from context, else from the CLI profile, else us-east-1', () => {
    expect(readDeploymentConfig(context({ region: 'eu-west-1' }), { CDK_DEFAULT_REGION: 'ap-south-1' }).region).toBe(
      'eu-west-1',
    );
    expect(readDeploymentConfig(context({}), { CDK_DEFAULT_REGION: 'ap-south-1' }).region).toBe('ap-south-1');
  });

  test.each([
    [{ stage: 'Prod' }, /stage must be/],
    [{ region: 'mars-1' }, /region must be an AWS region/],
    [{ alarmEmail: 'ops' }, /alarmEmail must be an e-mail address/],
    [{ mediaGlacierAfterDays: 'soon' }, /mediaGlacierAfterDays must be a number/],
    [{ apiMinTasks: '4', apiMaxTasks: '3' }, /apiMaxTasks must be at least apiMinTasks/],
    [{ apiCertificateArn: 'arn:aws:iam::1:server-certificate/x' }, /apiCertificateArn must be an ACM certificate ARN/],
    [{ textModelId: 'Claude 3.5' }, /textModelId must be a Bedrock model id/],
    [{ imageModelId: 'arn:aws:bedrock:us-east-1::foundation-model/x' }, /imageModelId must be a Bedrock model id/],
    [{ speechProvider: 'espeak' }, /speechProvider must be one of offline, polly/],
    [{ videoClipModelId: 'amazon.nova-canvas-v1:0' }, /videoClipModelId must be an Amazon Nova Reel model id/],
    [{ videoClipModelId: 'us.amazon.nova-reel-v1:1' }, /videoClipModelId must be an Amazon Nova Reel model id/],
  ])('%j is refused with its name', (values, message) => {
    expect(() => readDeploymentConfig(context(values), {})).toThrow(DeploymentConfigError);
    expect(() => readDeploymentConfig(context(values), {})).toThrow(message);
  });
});
