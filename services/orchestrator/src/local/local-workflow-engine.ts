import type { DatabaseSync } from 'node:sqlite';
import { findEventDefinition, ORCHESTRATOR_SOURCE } from '@contentflow/events';
import { type AslDefinition, type EventBus, type JsonObject, publishEvents } from '@contentflow/platform';
import { ExecutionAbortedError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { z } from 'zod';
import type {
  StartExecutionRequest,
  StartedExecution,
  TaskAnswer,
  TaskFailure,
  WorkflowEngine,
} from '../ports/workflow-engine.port.ts';
import { PUT_EVENTS, WAIT_FOR_ENGINE } from '../workflows/engine-step.ts';
import { taskStates } from '../workflows/task-states.ts';
import { type ExecutionRecord, SqliteExecutionStore } from './sqlite-execution-store.ts';

/** The name a state machine gives an engine step's failure, so Retry and Catch match it as on AWS. */
export class TaskFailedError extends Error {
  constructor(failure: TaskFailure) {
    super(failure.cause);
    this.name = failure.error;
  }
}

export class UnknownWorkflowError extends Error {
  override name = 'UnknownWorkflowError';
}

const entriesSchema = z.object({
  Entries: z
    .array(
      z.object({
        Source: z.literal(ORCHESTRATOR_SOURCE),
        DetailType: z.string(),
        Detail: z.object({
          metadata: z.object({ version: z.string(), tenantId: z.string(), correlationId: z.string() }),
          data: z.record(z.string(), z.unknown()),
        }),
      }),
    )
    .min(1),
});

export interface LocalWorkflowEngineOptions {
  db: DatabaseSync;
  bus: EventBus;
  /** Plain ASL by workflow name: the definitions taken from the synthesized template. */
  definitions: ReadonlyMap<string, AslDefinition>;
  /** An execution that failed outside any Catch (a bug in a definition, say): reported, never thrown. */
  onError?: (error: unknown, executionId: string) => void;
}

interface Waiter {
  resolve: (output: JsonObject) => void;
  reject: (error: Error) => void;
}

/**
 * Step Functions on one machine: aws-local-stepfunctions runs the synthesized ASL, and the event-bus states are
 * overridden by state name. An engine step publishes its Job.Requested on the local bus and waits until the bridge
 * answers its token; every step is recorded in SQLite first, so after a crash `resume()` replays each unfinished
 * execution from its input and finished steps return their recorded result instead of running again.
 */
export class LocalWorkflowEngine implements WorkflowEngine {
  readonly #store: SqliteExecutionStore;
  readonly #bus: EventBus;
  readonly #definitions: ReadonlyMap<string, AslDefinition>;
  readonly #machines = new Map<string, StateMachine>();
  readonly #runs = new Map<string, { abort: () => void; done: Promise<void> }>();
  readonly #waiters = new Map<string, Waiter>();
  readonly #onError: (error: unknown, executionId: string) => void;

  constructor(options: LocalWorkflowEngineOptions) {
    this.#store = new SqliteExecutionStore(options.db);
    this.#bus = options.bus;
    this.#definitions = options.definitions;
    this.#onError = options.onError ?? (() => {});
  }

  get store(): SqliteExecutionStore {
    return this.#store;
  }

  async start(request: StartExecutionRequest): Promise<StartedExecution> {
    if (!this.#definitions.has(request.workflow)) {
      throw new UnknownWorkflowError(`no workflow named "${request.workflow}"`);
    }
    const executionId = this.executionIdOf(request.workflow, request.name);
    const { record, created } = this.#store.create(
      { executionId, name: request.name, workflow: request.workflow, input: request.input },
      new Date(),
    );
    if (created) this.#run(record);
    return { executionId: record.executionId, started: created };
  }

  /** Picks up every execution a previous process left running. */
  resume(): number {
    const unfinished = this.#store.running().filter((record) => !this.#runs.has(record.executionId));
    for (const record of unfinished) this.#run(record);
    return unfinished.length;
  }

  executionIdOf(workflow: string, name: string): string {
    return `local:${workflow}:${name}`;
  }

  /** Marks the execution and its waiting steps aborted, then ends its run here (no later state runs). */
  async stop(executionId: string, cause: string): Promise<void> {
    if (!this.#store.abort(executionId, new Date(), cause)) return;
    const run = this.#runs.get(executionId);
    run?.abort();
    await run?.done;
  }

  sendTaskSuccess(taskToken: string, output: JsonObject): Promise<TaskAnswer> {
    const settled = this.#store.settleStep(taskToken, { status: 'succeeded', output }, new Date());
    if (settled) this.#waiters.get(taskToken)?.resolve(output);
    return Promise.resolve(settled ? 'accepted' : 'stale');
  }

  sendTaskFailure(taskToken: string, failure: TaskFailure): Promise<TaskAnswer> {
    const settled = this.#store.settleStep(taskToken, { status: 'failed', error: failure }, new Date());
    if (settled) this.#waiters.get(taskToken)?.reject(new TaskFailedError(failure));
    return Promise.resolve(settled ? 'accepted' : 'stale');
  }

  /** Resolves when no execution is running in this process (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.#runs.size > 0) await Promise.all([...this.#runs.values()].map((run) => run.done));
  }

  /** Aborts the runs of this process without recording anything: they resume on the next start. */
  async close(): Promise<void> {
    for (const run of this.#runs.values()) run.abort();
    await Promise.all([...this.#runs.values()].map((run) => run.done));
  }

  #machine(workflow: string): StateMachine {
    let machine = this.#machines.get(workflow);
    if (!machine) {
      const definition = this.#definitions.get(workflow);
      if (!definition) throw new UnknownWorkflowError(`no workflow named "${workflow}"`);
      // Validation costs 100–300 ms: one machine per workflow, reused by every execution.
      machine = new StateMachine(definition as unknown as StateMachineDefinition, {
        validationOptions: { checkArn: false },
      });
      this.#machines.set(workflow, machine);
    }
    return machine;
  }

  #run(record: ExecutionRecord): void {
    const definition = this.#definitions.get(record.workflow)!;
    const attempts = new Map<string, number>();
    const handlers: Record<string, (input: unknown) => Promise<JsonObject>> = {};
    for (const state of taskStates(definition.States, WAIT_FOR_ENGINE)) {
      handlers[state] = (input) => {
        const attempt = attempts.get(state) ?? 0;
        attempts.set(state, attempt + 1);
        return this.#engineStep(record, state, attempt, input);
      };
    }
    for (const state of taskStates(definition.States, PUT_EVENTS)) {
      handlers[state] = async (input) => {
        this.#assertNotStopped(record.executionId);
        await this.#publish(input);
        return {};
      };
    }
    const execution = this.#machine(record.workflow).run(record.input, {
      overrides: { taskResourceLocalHandlers: handlers },
      // Fields the definitions read from the context object; tokens and step names are set per step above.
      context: {
        Execution: { Id: record.executionId, Name: record.name },
        State: { Name: '', EnteredTime: record.startedAt, RetryCount: 0 },
        Task: { Token: 'set-per-step' },
      },
    });
    const done = execution.result.then(
      () => {
        this.#store.finish(record.executionId, 'succeeded', new Date());
      },
      (error: unknown) => {
        if (error instanceof ExecutionAbortedError) return;
        this.#store.finish(record.executionId, 'failed', new Date(), error instanceof Error ? error.message : 'failed');
        this.#onError(error, record.executionId);
      },
    );
    const run = {
      abort: () => {
        execution.abort();
        for (const [token, waiter] of this.#waiters) {
          if (token.startsWith(`${record.executionId}/`)) waiter.reject(new ExecutionAbortedError());
        }
      },
      done: done.finally(() => this.#runs.delete(record.executionId)),
    };
    this.#runs.set(record.executionId, run);
  }

  /**
   * An execution stopped by another process sharing the data dir keeps running here until its next state: that state
   * must neither ask an engine nor announce anything, and the run ends.
   */
  #assertNotStopped(executionId: string): void {
    if (this.#store.get(executionId)?.status !== 'aborted') return;
    this.#runs.get(executionId)?.abort();
    throw new ExecutionAbortedError();
  }

  async #engineStep(record: ExecutionRecord, stateName: string, attempt: number, input: unknown): Promise<JsonObject> {
    const stepKey = `${stateName}.${attempt}`;
    const taskToken = `${record.executionId}/${stepKey}`;
    this.#assertNotStopped(record.executionId);
    const step = this.#store.beginStep({ executionId: record.executionId, stepKey, stateName, taskToken }, new Date());
    if (step.status === 'succeeded') return step.output!;
    if (step.status === 'failed') throw new TaskFailedError(step.error!);
    const answer = new Promise<JsonObject>((resolve, reject) => this.#waiters.set(taskToken, { resolve, reject }));
    try {
      // Sent again on a replay of a step still running: the engine is idempotent per (job, task, step), so a
      // finished run answers from its record and an unfinished one runs once.
      await this.#publish(input, { executionId: record.executionId, stepName: stepKey, taskToken });
      return await answer;
    } finally {
      this.#waiters.delete(taskToken);
    }
  }

  /** PutEvents of a state's processed Parameters, with fresh envelopes (ids, times) made by the contracts. */
  async #publish(parameters: unknown, step?: { executionId: string; stepName: string; taskToken: string }) {
    const { Entries } = entriesSchema.parse(parameters);
    const events = Entries.map(({ DetailType, Detail }) => {
      const definition = findEventDefinition(DetailType, Detail.metadata.version);
      if (!definition) throw new Error(`no event contract ${DetailType} v${Detail.metadata.version}`);
      return definition.create({
        source: ORCHESTRATOR_SOURCE,
        tenantId: Detail.metadata.tenantId,
        correlationId: Detail.metadata.correlationId,
        data: step ? { ...Detail.data, step } : Detail.data,
      } as never);
    });
    await publishEvents(this.#bus, events);
  }
}
