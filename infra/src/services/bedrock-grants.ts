import { ArnFormat, Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { acknowledgeWildcardResource } from '../shared/nag-acknowledgements.ts';

/** System-defined cross-region inference profiles are model ids behind a geography. */
const INFERENCE_PROFILE = /^(us|us-gov|eu|apac|jp|au|ca|global)\.(.+)$/;

function bedrockArn(
  scope: IConstruct,
  resource: string,
  resourceName: string,
  where: { region?: string; account?: string } = {},
): string {
  return Stack.of(scope).formatArn({
    service: 'bedrock',
    resource,
    resourceName,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    ...where,
  });
}

/**
 * What Bedrock authorizes an invocation of `modelId` against: the foundation model in this region, or, for an
 * inference profile, the profile and the model in every region the profile may route to.
 */
function bedrockModelArns(scope: IConstruct, modelId: string): string[] {
  const profile = INFERENCE_PROFILE.exec(modelId);
  // Foundation models belong to no account.
  if (!profile) return [bedrockArn(scope, 'foundation-model', modelId, { account: '' })];
  const routed = bedrockArn(scope, 'foundation-model', profile[2]!, { region: '*', account: '' });
  acknowledgeWildcardResource(
    scope,
    routed,
    'An inference profile routes each call to one of its regions, unknown in advance; the grant names one model.',
  );
  return [bedrockArn(scope, 'inference-profile', modelId), routed];
}

/** `actions` on `modelId` (and what it routes to), nothing else. */
export function grantBedrockModel(grantee: IGrantable & IConstruct, modelId: string, actions: string[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions, resources: bedrockModelArns(grantee, modelId) }),
  );
}

/**
 * GetAsyncInvoke on this account's asynchronous invocations in this region. Their ids are made by Bedrock when an
 * invocation starts, so only a wildcard can name them.
 */
export function grantAsyncInvocationStatus(grantee: IGrantable & IConstruct): void {
  const invocations = bedrockArn(grantee, 'async-invoke', '*');
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['bedrock:GetAsyncInvoke'], resources: [invocations] }),
  );
  acknowledgeWildcardResource(
    grantee,
    invocations,
    'Bedrock names each asynchronous invocation when it starts; the wildcard covers invocations of this account and region only.',
  );
}
