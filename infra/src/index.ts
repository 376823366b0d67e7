export {
  type DeploymentConfig,
  DeploymentConfigError,
  readDeploymentConfig,
  SPEECH_PROVIDERS,
  type SpeechProvider,
} from './config/deployment-config.ts';
export {
  EVENT_BUS_NAME,
  ResourceNameError,
  ResourceNames,
  SHARED_PARAMETERS,
  type SharedParameter,
  stackName,
  VIDEO_CLIPS_PREFIX,
} from './config/resource-names.ts';
export { addContentFlowStacks, type ContentFlowStacks } from './contentflow-app.ts';
export {
  type LocalResolution,
  SynthesizedDefinitionError,
  synthesizedWorkflows,
} from './orchestrator/synthesized-workflows.ts';
export {
  isOrchestratorManifest,
  stateMachineArnPrefix,
  WorkflowStateMachines,
  type WorkflowStateMachinesProps,
} from './orchestrator/workflow-state-machines.ts';
export { AI_CAPABILITIES, type AiCapability, type AiProviderConfig } from './services/ai-providers.ts';
export { ContentFlowService, type ContentFlowServiceProps } from './services/contentflow-service.ts';
export { ENGINE_DOCKERFILE, type ServiceImage } from './services/engine-image.ts';
export { ManifestWiringError } from './services/manifest-wiring-error.ts';
export { SERVICE_MANIFESTS, SERVICES } from './services/service-catalog.ts';
export type { ServiceDeployment } from './services/service-deployment.ts';
export { ServiceStack, type ServiceStackProps } from './services/service-stack.ts';
