import { App } from 'aws-cdk-lib';
import { readDeploymentConfig } from './config/deployment-config.ts';
import { addContentFlowStacks } from './contentflow-app.ts';
import { SERVICES } from './services/service-catalog.ts';

/** The CDK app (`cdk.json`: `node src/app.ts`). Context: stage, region, alarmEmail, see config/deployment-config.ts. */
const app = new App();
addContentFlowStacks(
  app,
  readDeploymentConfig((key) => app.node.tryGetContext(key)),
  SERVICES,
);
app.synth();
