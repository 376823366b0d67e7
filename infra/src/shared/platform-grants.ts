import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { acknowledgeWildcardResource } from './nag-acknowledgements.ts';

/**
 * What the S3 blob store (platform) calls: objects are read, written, deleted and uploaded in parts; ListBucket
 * lets HeadObject answer a missing key with 404 rather than 403. Narrower than `grantReadWrite`'s wildcards.
 */
export function grantBlobStore(bucket: IBucket, grantee: IGrantable & IConstruct): void {
  const objects = bucket.arnForObjects('*');
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
      resources: [objects],
    }),
  );
  acknowledgeWildcardResource(
    grantee,
    objects,
    'Blob keys are chosen at run time (`<tenantId>/jobs/<jobId>/…`); the wildcard covers objects of the media bucket only.',
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  );
}

/** What Powertools' DynamoDBPersistenceLayer calls on the idempotency table. */
export function grantIdempotency(table: ITable, grantee: IGrantable): void {
  table.grant(grantee, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
}
