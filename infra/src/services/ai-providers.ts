import { Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import type { DeploymentConfig } from '../config/deployment-config.ts';
import { grantBedrockModel } from './bedrock-grants.ts';
import { grantVideoClips, videoClipEnvironment } from './video-clip-provider.ts';

/** What a service's model providers can call, once the deployment switches them on (see DeploymentConfig). */
export const AI_CAPABILITIES = ['text-model', 'image-model', 'speech', 'video-clip-model'] as const;
export type AiCapability = (typeof AI_CAPABILITIES)[number];

export type AiProviderConfig = Pick<
  DeploymentConfig,
  'textModelId' | 'imageModelId' | 'speechProvider' | 'videoClipModelId'
>;

/** The platform resources a provider works with. */
export interface AiProviderResources {
  /** Where generated video clips are written and read back. */
  mediaBucket: IBucket;
}

/**
 * The environment that selects a service's providers (the variables `readTextModelConfig`,
 * `backgroundGeneratorFromEnv`, `speechSynthesizerFromEnv` and `videoClipGeneratorFromEnv` read). Nothing is set
 * for what the deployment leaves off, so the engines run offline.
 */
export function aiEnvironment(
  capabilities: readonly AiCapability[],
  config: AiProviderConfig,
  resources: AiProviderResources,
): Record<string, string> {
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
  if (capabilities.includes('video-clip-model') && config.videoClipModelId) {
    Object.assign(environment, videoClipEnvironment(config.videoClipModelId, resources.mediaBucket));
  }
  return environment;
}

/**
 * Exactly the calls the switched-on providers make: Converse (and its stream), InvokeModel, SynthesizeSpeech,
 * Nova Reel's asynchronous invocation and the clips it writes.
 */
export function grantAiProviders(
  grantee: IGrantable & IConstruct,
  capabilities: readonly AiCapability[],
  config: AiProviderConfig,
  resources: AiProviderResources,
): void {
  if (capabilities.includes('text-model') && config.textModelId) {
    // Converse and ConverseStream are authorized as InvokeModel and InvokeModelWithResponseStream.
    grantBedrockModel(grantee, config.textModelId, ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']);
  }
  if (capabilities.includes('image-model') && config.imageModelId) {
    grantBedrockModel(grantee, config.imageModelId, ['bedrock:InvokeModel']);
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
  if (capabilities.includes('video-clip-model') && config.videoClipModelId) {
    grantVideoClips(grantee, config.videoClipModelId, resources.mediaBucket);
  }
}
