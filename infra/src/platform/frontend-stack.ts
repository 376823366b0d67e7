import { CfnOutput, Stack, Validations } from 'aws-cdk-lib';
import {
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { logBucket } from '../shared/log-bucket.ts';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';

/**
 * The Astro site: a private bucket read only by CloudFront through Origin Access Control. The built site
 * (`frontend/dist`) is uploaded with `aws s3 sync` (see infra/README.md), so synth never needs a site build.
 */
export class FrontendStack extends Stack {
  readonly siteBucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    this.siteBucket = new Bucket(this, 'SiteBucket', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: logBucket(this, 'SiteAccessLogs'),
    });
    this.distribution = new Distribution(this, 'Site', {
      comment: `ContentFlow site (${props.names.stage})`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      // CloudFront standard logs are delivered with ACLs.
      logBucket: logBucket(this, 'CdnLogs', { objectOwnership: ObjectOwnership.OBJECT_WRITER }),
      logFilePrefix: 'site/',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'Served on the default *.cloudfront.net certificate, whose TLS floor CloudFront fixes; a custom domain sets TLSv1.2_2021.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'A public site for creators everywhere: no country is excluded.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'Static files only (the API is not behind this distribution); a WAF web ACL adds cost without a threat to stop.',
    });

    new CfnOutput(this, 'SiteBucketName', { value: this.siteBucket.bucketName, description: 'aws s3 sync target' });
    new CfnOutput(this, 'SiteUrl', { value: `https://${this.distribution.distributionDomainName}` });
  }
}
