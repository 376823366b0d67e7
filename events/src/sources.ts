/** Every ContentFlow event source is `contentflow.<service>`, so one prefix rule can match them all. */
export const EVENT_SOURCE_PREFIX = 'contentflow.';

export type EventSource = `${typeof EVENT_SOURCE_PREFIX}${string}`;

/** The seven engines of the architecture; each publishes under its own source. */
export const ENGINES = ['text', 'image', 'video', 'audio', 'creative', 'social', 'analytics'] as const;
export type Engine = (typeof ENGINES)[number];
export type EngineSource = `${typeof EVENT_SOURCE_PREFIX}${Engine}`;

export const ENGINE_SOURCES: readonly EngineSource[] = ENGINES.map(
  (engine) => `${EVENT_SOURCE_PREFIX}${engine}` as const,
);

/** The job processor and job tracker: owns the job record, starts single-engine work. */
export const JOBS_SOURCE = 'contentflow.jobs';
/** The Step Functions orchestrator: the only service that knows an order of steps. */
export const ORCHESTRATOR_SOURCE = 'contentflow.orchestrator';

/**
 * What a job record names as its engine when a workflow runs it (the task is the workflow's name). Not an engine:
 * no Job.Requested ever names it, so the published event contracts keep their seven engines.
 */
export const ORCHESTRATOR_JOB_RUNNER = 'orchestrator';
