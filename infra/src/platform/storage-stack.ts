import { Duration, Stack } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, StorageClass } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { VIDEO_CLIPS_PREFIX } from '../config/resource-names.ts';
import { logBucket } from '../shared/log-bucket.ts';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { publishParameter } from '../shared/shared-parameters.ts';

export interface StorageStackProps extends PlatformStackProps {
  /** Days before current media objects move to Glacier Flexible Retrieval. */
  glacierAfterDays: number;
}

/** Older versions are only kept to undo an overwrite or a delete. */
const NONCURRENT_TO_GLACIER = Duration.days(30);
const NONCURRENT_EXPIRY = Duration.days(365);
/**
 * Generated video clips are intermediate: a job copies its clips within its run, and the video it makes is kept as
 * content. A week leaves time to look at a failed job's clips; a cancelled job's clip is still written, then expires.
 */
const VIDEO_CLIP_EXPIRY = Duration.days(7);

/**
 * The media bucket (images, videos, audio and JSON results, keyed `<tenantId>/jobs/<jobId>/…` by the blob store)
 * and the DynamoDB table Powertools idempotency keeps its records in.
 */
export class StorageStack extends Stack {
  readonly mediaBucket: Bucket;
  readonly idempotencyTable: TableV2;

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, props);
    const { names } = props;
    this.mediaBucket = new Bucket(this, 'MediaBucket', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: logBucket(this, 'AccessLogs'),
      serverAccessLogsPrefix: 'media/',
      lifecycleRules: [
        {
          id: 'media-to-glacier',
          transitions: [{ storageClass: StorageClass.GLACIER, transitionAfter: Duration.days(props.glacierAfterDays) }],
          noncurrentVersionTransitions: [
            { storageClass: StorageClass.GLACIER, transitionAfter: NONCURRENT_TO_GLACIER },
          ],
          noncurrentVersionExpiration: NONCURRENT_EXPIRY,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        {
          id: 'expire-video-clips',
          prefix: `${VIDEO_CLIPS_PREFIX}/`,
          expiration: VIDEO_CLIP_EXPIRY,
          // Versioning keeps an expired clip as a noncurrent version; nobody will restore it.
          noncurrentVersionExpiration: Duration.days(1),
        },
        // S3 takes no `ExpiredObjectDeleteMarker` in a rule that expires after days: a rule of its own clears the
        // delete markers left once a clip's versions are gone.
        { id: 'video-clip-delete-markers', prefix: `${VIDEO_CLIPS_PREFIX}/`, expiredObjectDeleteMarker: true },
      ],
    });

    this.idempotencyTable = new TableV2(this, 'IdempotencyTable', {
      // Powertools' DynamoDBPersistenceLayer defaults: key `id`, expiry epoch seconds in `expiration`.
      partitionKey: { name: 'id', type: AttributeType.STRING },
      timeToLiveAttribute: 'expiration',
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    });

    publishParameter(this, names, 'media-bucket-arn', this.mediaBucket.bucketArn, 'Media bucket ARN');
    publishParameter(this, names, 'media-bucket-name', this.mediaBucket.bucketName, 'Media bucket name');
    publishParameter(this, names, 'idempotency-table-arn', this.idempotencyTable.tableArn, 'Idempotency table ARN');
  }
}
