import { z } from 'zod';
import { kebabNameSchema } from '../fields.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import type { Engine } from '../sources.ts';

/**
 * A task's contract: what a job for `engine.task` takes and what it produces. It lives here, not in the
 * engine, because the API validates job input and lists tasks without importing any engine, and the
 * engine implements the very same schemas.
 */
export interface TaskContractSpec<I extends z.ZodType, O extends z.ZodType> {
  engine: Engine;
  task: string;
  title: string;
  description: string;
  input: I;
  output: O;
  /** What the job stores as content: its kind and media type. */
  produces: { kind: string; mimeType: string };
  /** A valid input, shown in the docs and checked by a test. */
  example: z.input<I>;
}

export interface TaskContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType>
  extends TaskContractSpec<I, O> {
  /** `engine.task`, e.g. `text.analyze`. */
  readonly key: string;
  inputJsonSchema(): JsonSchema;
  outputJsonSchema(): JsonSchema;
}

export type TaskInput<T extends TaskContract> = z.output<T['input']>;
export type TaskOutput<T extends TaskContract> = z.output<T['output']>;

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as JsonSchema;
}

export function defineTask<I extends z.ZodType, O extends z.ZodType>(spec: TaskContractSpec<I, O>): TaskContract<I, O> {
  kebabNameSchema.parse(spec.task);
  kebabNameSchema.parse(spec.produces.kind);
  return {
    ...spec,
    key: `${spec.engine}.${spec.task}`,
    inputJsonSchema: () => jsonSchemaOf(spec.input, 'input'),
    outputJsonSchema: () => jsonSchemaOf(spec.output, 'output'),
  };
}
