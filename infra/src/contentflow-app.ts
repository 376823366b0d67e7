import type { ServiceManifest } from '@contentflow/platform';
import { type App, Duration, type Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { DeploymentConfig } from './config/deployment-config.ts';
import { ResourceNameError, ResourceNames, stackName } from './config/resource-names.ts';
import { BusStack } from './platform/bus-stack.ts';
import { DataStack } from './platform/data-stack.ts';
import { FrontendStack } from './platform/frontend-stack.ts';
import { HttpApiStack } from './platform/http-api-stack.ts';
import { MonitoringStack } from './platform/monitoring-stack.ts';
import { NetworkStack } from './platform/network-stack.ts';
import { StorageStack } from './platform/storage-stack.ts';
import type { ServiceDeployment } from './services/service-deployment.ts';
import { ServiceStack } from './services/service-stack.ts';

export interface ContentFlowStacks {
  network: NetworkStack;
  data: DataStack;
  bus: BusStack;
  storage: StorageStack;
  httpApi: HttpApiStack;
  frontend: FrontendStack;
  monitoring: MonitoringStack;
  services: ServiceStack[];
  /** Every stack, platform first. */
  all: Stack[];
}

/** AWS's guidance for an SQS event source: visibility at least six times the function's timeout. */
const VISIBILITY_PER_TIMEOUT = 6;
const MIN_COMMAND_VISIBILITY_SECONDS = 30;

function commandVisibilityTimeout(manifests: readonly ServiceManifest[]): Duration {
  const timeouts = manifests.flatMap((manifest) => manifest.queues.map((queue) => queue.handler.timeoutSeconds));
  return Duration.seconds(Math.max(MIN_COMMAND_VISIBILITY_SECONDS, ...timeouts.map((t) => t * VISIBILITY_PER_TIMEOUT)));
}

/**
 * The whole system in one app: platform stacks, then one stack per service, each checked by cdk-nag's
 * AwsSolutions pack. Platform stacks depend on each other only for deploy order (`cdk deploy --all`); values pass
 * through SSM parameters, and service stacks depend on nothing, so each deploys alone.
 */
export function addContentFlowStacks(
  app: App,
  config: DeploymentConfig,
  deployments: readonly ServiceDeployment[],
): ContentFlowStacks {
  const manifests = deployments.map((deployment) => deployment.manifest);
  const names = new ResourceNames(config.stage);
  const common = { names, env: { region: config.region } };
  const network = new NetworkStack(app, stackName('network'), common);
  const data = new DataStack(app, stackName('data'), common);
  const bus = new BusStack(app, stackName('bus'), common);
  const storage = new StorageStack(app, stackName('storage'), {
    ...common,
    glacierAfterDays: config.mediaGlacierAfterDays,
  });
  const httpApi = new HttpApiStack(app, stackName('http-api'), {
    ...common,
    commandVisibilityTimeout: commandVisibilityTimeout(manifests),
    minTasks: config.apiMinTasks,
    maxTasks: config.apiMaxTasks,
    ...(config.apiCertificateArn ? { certificateArn: config.apiCertificateArn } : {}),
  });
  for (const platform of [network, data, bus, storage]) httpApi.addStackDependency(platform);
  const frontend = new FrontendStack(app, stackName('frontend'), common);

  const monitoringId = stackName('monitoring');
  const services = deployments.map((deployment) => {
    const { service } = deployment.manifest;
    const id = stackName(service);
    if (id === monitoringId || app.node.tryFindChild(id)) {
      throw new ResourceNameError(`service "${service}" would take the stack name ${id}, already in use`);
    }
    return new ServiceStack(app, id, { ...common, deployment, ai: config });
  });

  const monitoring = new MonitoringStack(app, monitoringId, {
    ...common,
    manifests,
    ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
  });
  monitoring.addStackDependency(httpApi);

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const all = [network, data, bus, storage, httpApi, frontend, ...services, monitoring];
  return { network, data, bus, storage, httpApi, frontend, monitoring, services, all };
}
