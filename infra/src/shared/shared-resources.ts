import { Fn, Stack, Validations } from 'aws-cdk-lib';
import { type ITable, Table } from 'aws-cdk-lib/aws-dynamodb';
import { type IVpc, Vpc } from 'aws-cdk-lib/aws-ec2';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { ResourceNames, SharedParameter } from '../config/resource-names.ts';
import { AVAILABILITY_ZONES } from './availability-zones.ts';
import { readParameter } from './shared-parameters.ts';

/**
 * The platform's shared resources as seen from another stack, rebuilt from SSM parameters. Each is imported on
 * first use, so a stack only gets the parameters it needs.
 */
export class SharedResources {
  readonly #scope: Construct;
  readonly #names: ResourceNames;
  #bus?: IEventBus;
  #mediaBucket?: IBucket;
  #idempotencyTable?: ITable;
  #mongodbSecret?: ISecret;
  #jwtSecret?: ISecret;
  #commandQueue?: IQueue;
  #vpc?: IVpc;

  constructor(scope: Construct, names: ResourceNames) {
    this.#scope = scope;
    this.#names = names;
  }

  value(key: SharedParameter): string {
    return readParameter(this.#scope, this.#names, key);
  }

  get bus(): IEventBus {
    this.#bus ??= EventBus.fromEventBusArn(this.#scope, 'SharedBus', this.value('bus-arn'));
    return this.#bus;
  }

  get mediaBucket(): IBucket {
    this.#mediaBucket ??= Bucket.fromBucketAttributes(this.#scope, 'SharedMediaBucket', {
      bucketArn: this.value('media-bucket-arn'),
      bucketName: this.value('media-bucket-name'),
    });
    return this.#mediaBucket;
  }

  get idempotencyTable(): ITable {
    this.#idempotencyTable ??= Table.fromTableAttributes(this.#scope, 'SharedIdempotencyTable', {
      // The name is read back out of the ARN (CDK imports accept one or the other).
      tableArn: this.value('idempotency-table-arn'),
    });
    return this.#idempotencyTable;
  }

  get mongodbSecret(): ISecret {
    this.#mongodbSecret ??= Secret.fromSecretCompleteArn(
      this.#scope,
      'SharedMongoDbSecret',
      this.value('mongodb-secret-arn'),
    );
    return this.#mongodbSecret;
  }

  get jwtSecret(): ISecret {
    this.#jwtSecret ??= Secret.fromSecretCompleteArn(this.#scope, 'SharedJwtSecret', this.value('jwt-secret-arn'));
    return this.#jwtSecret;
  }

  get commandQueue(): IQueue {
    this.#commandQueue ??= Queue.fromQueueAttributes(this.#scope, 'SharedCommandQueue', {
      queueArn: this.value('command-queue-arn'),
      queueUrl: this.value('command-queue-url'),
    });
    return this.#commandQueue;
  }

  get vpc(): IVpc {
    // Subnet ids travel as one comma-joined parameter; their count is fixed by the network stack.
    const subnets = (key: SharedParameter) => Fn.split(',', this.value(key), AVAILABILITY_ZONES);
    this.#vpc ??= Vpc.fromVpcAttributes(this.#scope, 'SharedVpc', {
      vpcId: this.value('vpc-id'),
      availabilityZones: Stack.of(this.#scope).availabilityZones.slice(0, AVAILABILITY_ZONES),
      publicSubnetIds: subnets('public-subnet-ids'),
      privateSubnetIds: subnets('private-subnet-ids'),
    });
    Validations.of(this.#vpc).acknowledge({
      id: 'Annotation::@aws-cdk/aws-ec2:noSubnetRouteTableId',
      reason: 'Only the load balancer and tasks are placed in these subnets; nothing here edits their route tables.',
    });
    return this.#vpc;
  }
}
