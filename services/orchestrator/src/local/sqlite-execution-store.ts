import type { DatabaseSync } from 'node:sqlite';
import { inTransaction, type JsonObject } from '@contentflow/platform';

export type ExecutionStatus = 'running' | 'succeeded' | 'failed' | 'aborted';
/** `aborted`: its execution was stopped while the step waited; a late answer to its token is stale. */
export type StepStatus = 'running' | 'succeeded' | 'failed' | 'aborted';

export interface ExecutionRecord {
  executionId: string;
  name: string;
  workflow: string;
  input: JsonObject;
  status: ExecutionStatus;
  error?: string;
  startedAt: string;
  finishedAt?: string;
}

export interface StepRecord {
  executionId: string;
  /** `<state name>.<attempt>`: what engines echo as the step name. */
  stepKey: string;
  stateName: string;
  taskToken: string;
  status: StepStatus;
  output?: JsonObject;
  error?: { error: string; cause: string };
  startedAt: string;
  finishedAt?: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS orchestrator_executions (
  execution_id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  workflow TEXT NOT NULL,
  input TEXT NOT NULL,
  status TEXT NOT NULL,
  error TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX IF NOT EXISTS orchestrator_executions_status ON orchestrator_executions (status);
CREATE TABLE IF NOT EXISTS orchestrator_steps (
  execution_id TEXT NOT NULL REFERENCES orchestrator_executions (execution_id),
  step_key TEXT NOT NULL,
  state_name TEXT NOT NULL,
  task_token TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  output TEXT,
  error TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (execution_id, step_key)
);`;

interface ExecutionRow {
  execution_id: string;
  name: string;
  workflow: string;
  input: string;
  status: ExecutionStatus;
  error: string | null;
  started_at: string;
  finished_at: string | null;
}

interface StepRow {
  execution_id: string;
  step_key: string;
  state_name: string;
  task_token: string;
  status: StepStatus;
  output: string | null;
  error: string | null;
  started_at: string;
  finished_at: string | null;
}

function toExecution(row: ExecutionRow): ExecutionRecord {
  return {
    executionId: row.execution_id,
    name: row.name,
    workflow: row.workflow,
    input: JSON.parse(row.input) as JsonObject,
    status: row.status,
    ...(row.error ? { error: row.error } : {}),
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
  };
}

function toStep(row: StepRow): StepRecord {
  return {
    executionId: row.execution_id,
    stepKey: row.step_key,
    stateName: row.state_name,
    taskToken: row.task_token,
    status: row.status,
    ...(row.output ? { output: JSON.parse(row.output) as JsonObject } : {}),
    ...(row.error ? { error: JSON.parse(row.error) as { error: string; cause: string } } : {}),
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
  };
}

/**
 * The local workflow engine's durable state: each execution's input and status, and each engine step's token,
 * status and output. What makes an execution resumable after a crash: a replay reads finished steps from here.
 */
export class SqliteExecutionStore {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    db.exec(SCHEMA);
  }

  /** Inserts the execution unless one of that name exists; returns the stored one either way. */
  create(
    execution: Omit<ExecutionRecord, 'status' | 'startedAt'>,
    now: Date,
  ): { record: ExecutionRecord; created: boolean } {
    const result = this.#db
      .prepare(
        `INSERT INTO orchestrator_executions (execution_id, name, workflow, input, status, started_at)
         VALUES (?, ?, ?, ?, 'running', ?) ON CONFLICT (name) DO NOTHING`,
      )
      .run(
        execution.executionId,
        execution.name,
        execution.workflow,
        JSON.stringify(execution.input),
        now.toISOString(),
      );
    const record = this.#executionByName(execution.name)!;
    return { record, created: result.changes > 0 };
  }

  get(executionId: string): ExecutionRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM orchestrator_executions WHERE execution_id = ?').get(executionId);
    return row ? toExecution(row as unknown as ExecutionRow) : undefined;
  }

  running(): ExecutionRecord[] {
    const rows = this.#db
      .prepare("SELECT * FROM orchestrator_executions WHERE status = 'running' ORDER BY started_at")
      .all() as unknown as ExecutionRow[];
    return rows.map(toExecution);
  }

  /** Moves a running execution to its end state; false when it had already ended (e.g. stopped). */
  finish(executionId: string, status: Exclude<ExecutionStatus, 'running'>, now: Date, error?: string): boolean {
    const result = this.#db
      .prepare(
        `UPDATE orchestrator_executions SET status = ?, error = ?, finished_at = ?
         WHERE execution_id = ? AND status = 'running'`,
      )
      .run(status, error ?? null, now.toISOString(), executionId);
    return result.changes > 0;
  }

  /**
   * Stops a running execution: it becomes `aborted` and so does every step still waiting, in one transaction, so no
   * late answer can settle a step of a stopped execution. False when the execution had ended or does not exist.
   */
  abort(executionId: string, now: Date, cause: string): boolean {
    return inTransaction(this.#db, () => {
      if (!this.finish(executionId, 'aborted', now, cause)) return false;
      this.#db
        .prepare(
          `UPDATE orchestrator_steps SET status = 'aborted', finished_at = ?
           WHERE execution_id = ? AND status = 'running'`,
        )
        .run(now.toISOString(), executionId);
      return true;
    });
  }

  /** Records that a step was asked for; a step asked for before (a replay) keeps its first record. */
  beginStep(step: Pick<StepRecord, 'executionId' | 'stepKey' | 'stateName' | 'taskToken'>, now: Date): StepRecord {
    this.#db
      .prepare(
        `INSERT INTO orchestrator_steps (execution_id, step_key, state_name, task_token, status, started_at)
         VALUES (?, ?, ?, ?, 'running', ?) ON CONFLICT (execution_id, step_key) DO NOTHING`,
      )
      .run(step.executionId, step.stepKey, step.stateName, step.taskToken, now.toISOString());
    return this.stepByToken(step.taskToken)!;
  }

  /** Settles a running step; false when the token is unknown or the step was settled already. */
  settleStep(
    taskToken: string,
    outcome:
      | { status: 'succeeded'; output: JsonObject }
      | { status: 'failed'; error: { error: string; cause: string } },
    now: Date,
  ): boolean {
    const result = this.#db
      .prepare(
        `UPDATE orchestrator_steps SET status = ?, output = ?, error = ?, finished_at = ?
         WHERE task_token = ? AND status = 'running'`,
      )
      .run(
        outcome.status,
        outcome.status === 'succeeded' ? JSON.stringify(outcome.output) : null,
        outcome.status === 'failed' ? JSON.stringify(outcome.error) : null,
        now.toISOString(),
        taskToken,
      );
    return result.changes > 0;
  }

  stepByToken(taskToken: string): StepRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM orchestrator_steps WHERE task_token = ?').get(taskToken);
    return row ? toStep(row as unknown as StepRow) : undefined;
  }

  steps(executionId: string): StepRecord[] {
    const rows = this.#db
      .prepare('SELECT * FROM orchestrator_steps WHERE execution_id = ? ORDER BY started_at, step_key')
      .all(executionId) as unknown as StepRow[];
    return rows.map(toStep);
  }

  #executionByName(name: string): ExecutionRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM orchestrator_executions WHERE name = ?').get(name);
    return row ? toExecution(row as unknown as ExecutionRow) : undefined;
  }
}
