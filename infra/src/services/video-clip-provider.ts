import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { VIDEO_CLIPS_PREFIX } from '../config/resource-names.ts';
import { acknowledgeWildcardResource } from '../shared/nag-acknowledgements.ts';
import { grantAsyncInvocationStatus, grantBedrockModel } from './bedrock-grants.ts';

/**
 * What `videoClipGeneratorFromEnv` (@contentflow/video) reads to film clips with Nova Reel into the media bucket.
 * No region is set: Nova Reel writes only to a bucket in its own region, and the media bucket is in the function's.
 * The wait for a clip keeps the engine's default, which fits the video function's timeout.
 */
export function videoClipEnvironment(modelId: string, mediaBucket: IBucket): Record<string, string> {
  return {
    CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'bedrock',
    CONTENTFLOW_BEDROCK_VIDEO_MODEL: modelId,
    CONTENTFLOW_VIDEO_CLIP_S3_URI: `s3://${mediaBucket.bucketName}/${VIDEO_CLIPS_PREFIX}`,
  };
}

/**
 * The calls filming a clip makes: StartAsyncInvoke (authorized as `bedrock:InvokeModel` on the model),
 * GetAsyncInvoke while it runs, then GetObject of the clip. Bedrock writes the clip with the caller's permissions,
 * so the caller needs PutObject there too. The media bucket is SSE-S3 encrypted: no KMS key to grant.
 */
export function grantVideoClips(grantee: IGrantable & IConstruct, modelId: string, mediaBucket: IBucket): void {
  grantBedrockModel(grantee, modelId, ['bedrock:InvokeModel']);
  grantAsyncInvocationStatus(grantee);
  const clips = mediaBucket.arnForObjects(`${VIDEO_CLIPS_PREFIX}/*`);
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [clips] }),
  );
  acknowledgeWildcardResource(
    grantee,
    clips,
    'Bedrock writes each clip under a folder named for its invocation; the wildcard covers the clips prefix of the media bucket only.',
  );
}
