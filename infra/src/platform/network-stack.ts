import { Fn, Stack } from 'aws-cdk-lib';
import { FlowLogDestination, FlowLogTrafficType, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AVAILABILITY_ZONES } from '../shared/availability-zones.ts';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { publishParameter } from '../shared/shared-parameters.ts';

/**
 * The VPC the API's Fargate tasks run in: public subnets for the load balancer, private ones (egress through NAT)
 * for the tasks. Lambdas stay outside it: they reach AWS APIs and MongoDB Atlas over TLS without paying for ENIs.
 */
export class NetworkStack extends Stack {
  readonly vpc: Vpc;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    this.vpc = new Vpc(this, 'Vpc', {
      maxAzs: AVAILABILITY_ZONES,
      // One NAT gateway: its cost dominates a small deployment; a zone outage then cuts egress, not ingress.
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      ],
    });
    this.vpc.addFlowLog('FlowLog', {
      trafficType: FlowLogTrafficType.REJECT,
      destination: FlowLogDestination.toCloudWatchLogs(
        new LogGroup(this, 'FlowLogGroup', { retention: RetentionDays.ONE_MONTH }),
      ),
    });

    const { names } = props;
    const subnetIds = (subnets: { subnetId: string }[]) =>
      Fn.join(
        ',',
        subnets.map((subnet) => subnet.subnetId),
      );
    publishParameter(this, names, 'vpc-id', this.vpc.vpcId, 'The ContentFlow VPC');
    publishParameter(
      this,
      names,
      'public-subnet-ids',
      subnetIds(this.vpc.publicSubnets),
      'Public subnets, comma-separated',
    );
    publishParameter(
      this,
      names,
      'private-subnet-ids',
      subnetIds(this.vpc.privateSubnets),
      'Private subnets, comma-separated',
    );
  }
}
