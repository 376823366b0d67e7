export { type DeploymentConfig, DeploymentConfigError, readDeploymentConfig } from './config/deployment-config.ts';
export {
  EVENT_BUS_NAME,
  ResourceNameError,
  ResourceNames,
  SHARED_PARAMETERS,
  type SharedParameter,
  stackName,
} from './config/resource-names.ts';
export { addContentFlowStacks, type ContentFlowStacks } from './contentflow-app.ts';
export {
  type LocalResolution,
  SynthesizedDefinitionError,
  synthesizedWorkflows,
} from './orchestrator/synthesized-workflows.ts';
export {
  isOrchestratorManifest,
  WorkflowStateMachines,
  type WorkflowStateMachinesProps,
} from './orchestrator/workflow-state-machines.ts';
export {
  ContentFlowService,
  type ContentFlowServiceProps,
  ManifestWiringError,
} from './services/contentflow-service.ts';
export { SERVICE_MANIFESTS } from './services/service-catalog.ts';
export { ServiceStack, type ServiceStackProps } from './services/service-stack.ts';
