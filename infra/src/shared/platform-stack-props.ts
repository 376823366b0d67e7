import type { StackProps } from 'aws-cdk-lib';
import type { ResourceNames } from '../config/resource-names.ts';

export interface PlatformStackProps extends StackProps {
  names: ResourceNames;
}
