import { EVENT_SOURCE_PREFIX, jobCompletedV1, jobFailedV1, ORCHESTRATOR_SOURCE } from '@contentflow/events';
import type { OrchestratorManifest } from '@contentflow/platform';
import { textManifest } from '@contentflow/text';

/**
 * An orchestrator manifest of the shape `services/orchestrator` will export, to exercise the infra slot: one
 * Standard workflow with a task-token step, and the bridge subscription. The bridge borrows the text handler
 * module because synth only needs an existing entry file.
 */
export const orchestratorFixture: OrchestratorManifest = {
  service: 'orchestrator',
  description: 'Workflows across engines (fixture).',
  queues: [],
  schedules: [],
  subscriptions: [
    {
      name: 'orchestrator-task-token-bridge',
      description: 'Answers the task token of the step a completion event belongs to.',
      eventPattern: {
        source: [{ prefix: EVENT_SOURCE_PREFIX }],
        'detail-type': [jobCompletedV1.detailType, jobFailedV1.detailType],
        detail: { metadata: { version: ['1'] }, data: { step: { taskToken: [{ exists: true }] } } },
      },
      handler: textManifest.subscriptions[0]!.handler,
      maxConcurrency: 4,
      retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
    },
  ],
  publishes: [],
  workflows: [
    {
      name: 'fixture-package',
      description: 'One step that waits for an engine.',
      definition: {
        StartAt: 'Analyze',
        States: {
          Analyze: {
            Type: 'Task',
            Resource: 'arn:aws:states:::events:putEvents.waitForTaskToken',
            Parameters: {
              Entries: [
                {
                  // biome-ignore lint/suspicious/noTemplateCurlyInString: a definition substitution CloudFormation fills in.
                  EventBusName: '${EventBusName}',
                  Source: ORCHESTRATOR_SOURCE,
                  DetailType: 'Job.Requested',
                  Detail: { 'taskToken.$': '$$.Task.Token' },
                },
              ],
            },
            TimeoutSeconds: 600,
            End: true,
          },
        },
      },
    },
  ],
  taskTokenBridge: 'orchestrator-task-token-bridge',
};
