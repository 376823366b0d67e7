import { ArnFormat, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import type { DeploymentConfig } from '../config/deployment-config.ts';
import { acknowledgeWildcardResource } from '../shared/nag-acknowledgements.ts';

/** What a service's model providers can call, once the deployment switches them on (see DeploymentConfig). */
export const AI_CAPABILITIES = ['text-model', 'image-model', 'speech'] as const;
export type AiCapability = (typeof AI_CAPABILITIES)[number];

export type AiProviderConfig = Pick<DeploymentConfig, 'textModelId' | 'imageModelId' | 'speechProvider'>;

/** System-defined cross-region inference profiles are model ids behind a geography. */
const INFERENCE_PROFILE = /^(us|us-gov|eu|apac|jp|au|ca|global)\.(.+)$/;

/**
 * What Bedrock authorizes an invocation of `modelId` against: the foundation model in this region, or, for an
 * inference profile, the profile and the model in every region the profile may route to.
 */
function bedrockModelArns(scope: IConstruct, modelId: string): string[] {
  const stack = Stack.of(scope);
  const arn = (resource: string, resourceName: string, where: { region?: string; account?: string } = {}) =>
    stack.formatArn({ service: 'bedrock', resource, resourceName, arnFormat: ArnFormat.SLASH_RESOURCE_NAME, ...where });
  const profile = INFERENCE_PROFILE.exec(modelId);
  // Foundation models belong to no account.
  if (!profile) return [arn('foundation-model', modelId, { account: '' })];
  const routed = arn('foundation-model', profile[2]!, { region: '*', account: '' });
  acknowledgeWildcardResource(
    scope,
    routed,
    'An inference profile routes each call to one of its regions, unknown in advance; the grant names one model.',
  );
  return [arn('inference-profile', modelId), routed];
}

function grantBedrock(grantee: IGrantable & IConstruct, modelId: string, actions: string[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions, resources: bedrockModelArns(grantee, modelId) }),
  );
}

/**
 * The environment that selects a service's providers (the variables `readTextModelConfig`,
 * `backgroundGeneratorFromEnv` and `speechSynthesizerFromEnv` read). Nothing is set for what the deployment
 * leaves off, so the engines run offline.
 */
export function aiEnvironment(capabilities: readonly AiCapability[], config: AiProviderConfig): Record<string, string> {
  const environment: Record<string, string> = {};
  if (capabilities.includes('text-model') && config.textModelId) {
    environment['CONTENTFLOW_TEXT_PROVIDER'] = 'bedrock';
    environment['CONTENTFLOW_BEDROCK_TEXT_MODEL_ID'] = config.textModelId;
  }
  if (capabilities.includes('image-model') && config.imageModelId) {
    environment['CONTENTFLOW_IMAGE_PROVIDER'] = 'bedrock';
    environment['CONTENTFLOW_BEDROCK_IMAGE_MODEL'] = config.imageModelId;
  }
  if (capabilities.includes('speech') && config.speechProvider === 'polly') {
    environment['CONTENTFLOW_AUDIO_PROVIDER'] = 'polly';
  }
  return environment;
}

/** Exactly the calls the switched-on providers make: Converse (and its stream), InvokeModel, SynthesizeSpeech. */
export function grantAiProviders(
  grantee: IGrantable & IConstruct,
  capabilities: readonly AiCapability[],
  config: AiProviderConfig,
): void {
  if (capabilities.includes('text-model') && config.textModelId) {
    // Converse and ConverseStream are authorized as InvokeModel and InvokeModelWithResponseStream.
    grantBedrock(grantee, config.textModelId, ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']);
  }
  if (capabilities.includes('image-model') && config.imageModelId) {
    grantBedrock(grantee, config.imageModelId, ['bedrock:InvokeModel']);
  }
  if (capabilities.includes('speech') && config.speechProvider === 'polly') {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }),
    );
    Validations.of(grantee).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'polly:SynthesizeSpeech is scoped only by the lexicons a call names; the engine names none.',
    });
  }
}
