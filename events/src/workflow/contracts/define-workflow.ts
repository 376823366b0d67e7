import { z } from 'zod';
import { kebabNameSchema } from '../../fields.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';

/**
 * A workflow's public contract: the request a package job takes and the steps it reports. It lives here, not in
 * the orchestrator, because the API validates requests and lists workflows without importing the orchestrator,
 * and the state machine is built against the very same schema.
 */
export interface WorkflowContractSpec<R extends z.ZodType> {
  /** Kebab-case name, also the job's task and the state machine's name suffix. */
  name: string;
  title: string;
  description: string;
  request: R;
  /** Every step the package lists, in order (the names engines echo and Package.Completed carries). */
  steps: readonly string[];
  /** A valid request, shown in the docs and checked by a test. */
  example: z.input<R>;
}

export interface WorkflowContract<R extends z.ZodType = z.ZodType> extends WorkflowContractSpec<R> {
  requestJsonSchema(): JsonSchema;
}

export type WorkflowRequest<W extends WorkflowContract> = z.output<W['request']>;

export function defineWorkflow<R extends z.ZodType>(spec: WorkflowContractSpec<R>): WorkflowContract<R> {
  kebabNameSchema.parse(spec.name);
  return {
    ...spec,
    requestJsonSchema: () =>
      z.toJSONSchema(spec.request, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema,
  };
}
