import { join } from 'node:path';
import type { HandlerReference } from '@contentflow/platform';
import { Duration, Validations } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { REPO_ROOT } from '../config/repo-paths.ts';

export interface ServiceFunctionProps {
  functionName: string;
  description: string;
  handler: HandlerReference;
  /** Reserved concurrency: the manifest's bound on parallel invocations. */
  maxConcurrency: number;
  environment: Record<string, string>;
}

/**
 * One Lambda of a service: the manifest's handler module bundled by the local esbuild (no Docker), ESM for
 * Node 24 on arm64, with X-Ray tracing. Workspace packages are TypeScript sources; esbuild compiles them in.
 */
export function serviceFunction(scope: Construct, id: string, props: ServiceFunctionProps): NodejsFunction {
  const { handler } = props;
  const fn = new NodejsFunction(scope, id, {
    functionName: props.functionName,
    description: props.description,
    entry: handler.entry,
    handler: handler.exportName,
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    memorySize: handler.memoryMb,
    timeout: Duration.seconds(handler.timeoutSeconds),
    reservedConcurrentExecutions: props.maxConcurrency,
    tracing: Tracing.ACTIVE,
    environment: props.environment,
    logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
    projectRoot: REPO_ROOT,
    depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
    bundling: {
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
    },
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
