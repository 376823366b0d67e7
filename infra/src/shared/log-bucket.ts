import { Duration, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** Access logs are for investigating incidents, not for keeping. */
const LOG_RETENTION = Duration.days(90);

export interface LogBucketOptions {
  /** CloudFront's standard logs are written with ACLs, so its log bucket must keep them enabled. */
  objectOwnership?: ObjectOwnership;
}

/** A private, TLS-only bucket that receives access logs (S3 server access, ALB, CloudFront). */
export function logBucket(scope: Construct, id: string, options: LogBucketOptions = {}): Bucket {
  const bucket = new Bucket(scope, id, {
    // ALB access logging accepts only SSE-S3.
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: options.objectOwnership ?? ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ id: 'expire-logs', expiration: LOG_RETENTION }],
  });
  Validations.of(bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This bucket holds access logs; logging access to it would need yet another log bucket.',
  });
  return bucket;
}
