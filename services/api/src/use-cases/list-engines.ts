import type { JsonSchema, TaskContract } from '@contentflow/events';

export interface TaskDescription {
  task: string;
  /** `engine.task`. */
  key: string;
  title: string;
  description: string;
  example: unknown;
  produces: { kind: string; mimeType: string };
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
}

export interface EngineDescription {
  engine: string;
  tasks: TaskDescription[];
}

/** Every engine that offers tasks, with each task's contract as JSON Schemas, in catalog order. */
export function listEngines(tasks: readonly TaskContract[]): EngineDescription[] {
  const engines = new Map<string, TaskDescription[]>();
  for (const contract of tasks) {
    const described: TaskDescription = {
      task: contract.task,
      key: contract.key,
      title: contract.title,
      description: contract.description,
      example: contract.example,
      produces: contract.produces,
      inputSchema: contract.inputJsonSchema(),
      outputSchema: contract.outputJsonSchema(),
    };
    engines.set(contract.engine, [...(engines.get(contract.engine) ?? []), described]);
  }
  return [...engines].map(([engine, described]) => ({ engine, tasks: described }));
}
