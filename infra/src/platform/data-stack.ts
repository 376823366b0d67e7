import { Stack, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { publishParameter } from '../shared/shared-parameters.ts';

const NO_ROTATION = {
  id: 'AwsSolutions-SMG4',
  reason:
    'Rotated outside Secrets Manager: the MongoDB URI by Atlas, the JWT keys by putting a new key set (the API keeps verifying the older kids).',
};

/**
 * The secrets. They start with a random placeholder that makes the API and Lambdas fail fast at start-up
 * ("MONGODB_URI must be a mongodb:// URI"); the operator puts the real values before deploying the API.
 */
export class DataStack extends Stack {
  readonly mongodbSecret: Secret;
  readonly jwtSecret: Secret;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { names } = props;
    this.mongodbSecret = new Secret(this, 'MongoDbUri', {
      secretName: `contentflow/${names.stage}/mongodb-uri`,
      description: 'MongoDB connection URI (mongodb+srv://…), read as MONGODB_URI.',
    });
    this.jwtSecret = new Secret(this, 'JwtSigningKeys', {
      secretName: `contentflow/${names.stage}/jwt-signing-keys`,
      description:
        'API token signing keys {"keys":[EC P-256 private JWKs with kid]}, read as CONTENTFLOW_JWT_SIGNING_KEYS.',
    });
    for (const secret of [this.mongodbSecret, this.jwtSecret]) Validations.of(secret).acknowledge(NO_ROTATION);

    publishParameter(this, names, 'mongodb-secret-arn', this.mongodbSecret.secretArn, 'Secret with the MongoDB URI');
    publishParameter(this, names, 'jwt-secret-arn', this.jwtSecret.secretArn, 'Secret with the JWT signing keys');
  }
}
