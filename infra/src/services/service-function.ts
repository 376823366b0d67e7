import { join } from 'node:path';
import type { HandlerReference } from '@contentflow/platform';
import { Duration, Size, Validations } from 'aws-cdk-lib';
import {
  Architecture,
  DockerImageFunction,
  type Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { engineImageCode, imageHandlerEnvironment, type ServiceImage } from './engine-image.ts';

export interface ServiceFunctionProps {
  /** The service the function belongs to: an image holds that service's sources only. */
  service: string;
  functionName: string;
  description: string;
  handler: HandlerReference;
  /** Reserved concurrency: the manifest's bound on parallel invocations. */
  maxConcurrency: number;
  environment: Record<string, string>;
  /** Ship as a container image; without it, as an esbuild bundle. */
  image?: ServiceImage;
}

/** esbuild output Node 24 loads as an ES module, self-contained. */
const BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  // ES builds first: some `main` builds (jsonc-parser's UMD) load their parts by dynamic require().
  mainFields: ['module', 'main'],
  // CommonJS dependencies call require(), which an ES module doesn't have until it is made.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // The SDK versions the code was tested with, not whichever the runtime ships.
  bundleAwsSDK: true,
  forceDockerBundling: false,
};

/**
 * One Lambda of a service, on arm64 with X-Ray tracing, sized by the manifest. By default the manifest's handler
 * module is bundled by the local esbuild (no Docker) for the Node 24 runtime; workspace packages are TypeScript
 * sources esbuild compiles in. A service with an image ships the engine image instead, started by its shim.
 */
export function serviceFunction(scope: Construct, id: string, props: ServiceFunctionProps): LambdaFunction {
  const { handler, image } = props;
  const common = {
    functionName: props.functionName,
    description: props.description,
    architecture: Architecture.ARM_64,
    memorySize: handler.memoryMb,
    timeout: Duration.seconds(handler.timeoutSeconds),
    reservedConcurrentExecutions: props.maxConcurrency,
    tracing: Tracing.ACTIVE,
    logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
  };
  const fn = image
    ? new DockerImageFunction(scope, id, {
        ...common,
        code: engineImageCode(props.service, image),
        environment: { ...props.environment, ...imageHandlerEnvironment(props.service, handler) },
        ...(image.ephemeralStorageMiB ? { ephemeralStorageSize: Size.mebibytes(image.ephemeralStorageMiB) } : {}),
      })
    : new NodejsFunction(scope, id, {
        ...common,
        entry: handler.entry,
        handler: handler.exportName,
        runtime: Runtime.NODEJS_24_X,
        environment: props.environment,
        projectRoot: REPO_ROOT,
        depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
        bundling: BUNDLING,
      });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'The AWS-maintained policy for writing its own CloudWatch logs, nothing more.',
  });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Active tracing: xray:PutTraceSegments and PutTelemetryRecords have no resource-level permissions.',
  });
  return fn;
}
