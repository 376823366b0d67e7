import { Stack, Validations } from 'aws-cdk-lib';
// cdk-nag's own renderer, so an acknowledgement names a finding exactly as the AwsSolutions pack reports it.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag v3 acknowledges each wildcard finding by its exact id, `AwsSolutions-IAM5[Resource::<rendered ARN>]`,
 * and the ARN here is usually a deploy-time token; this renders it the way the rule does.
 */
export function acknowledgeWildcardResource(scope: IConstruct, resource: string, reason: string): void {
  const rendered = flattenCfnReference(Stack.of(scope).resolve(resource));
  Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${rendered}]`, reason });
}
