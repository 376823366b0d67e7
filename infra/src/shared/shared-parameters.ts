import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import type { ResourceNames, SharedParameter } from '../config/resource-names.ts';

/** A platform stack hands a resource to other stacks by writing it to `/contentflow/<stage>/<key>`. */
export function publishParameter(
  scope: Construct,
  names: ResourceNames,
  key: SharedParameter,
  value: string,
  description: string,
): StringParameter {
  return new StringParameter(scope, `Parameter:${key}`, {
    parameterName: names.parameter(key),
    stringValue: value,
    description,
  });
}

/**
 * Reads a shared value at deploy time (a CloudFormation parameter of type `AWS::SSM::Parameter::Value<String>`):
 * no export, no import, so the stack that wrote it can change and the reader still deploys on its own.
 */
export function readParameter(scope: Construct, names: ResourceNames, key: SharedParameter): string {
  return StringParameter.valueForStringParameter(scope, names.parameter(key));
}
