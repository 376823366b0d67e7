import { z } from 'zod';
import { CommandQueueError } from '../../ports/command-queue-error.ts';

/**
 * What the local queue accepts, checked with SQS's own rules so that code which works against the
 * local queue does not fail for the first time on AWS.
 */

/** SQS's allowed characters: #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF (no lone surrogates). */
const SQS_CHARACTERS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const INVALID_CONTENTS = { sqsCode: 'InvalidMessageContents' };
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]{1,256}$/;
const MAX_ATTRIBUTES = 10;
/** SQS's rule for queue names and batch entry ids alike. */
const NAME_OR_ID = /^[A-Za-z0-9_-]{1,80}$/;

export const queueNameSchema = z.string().regex(NAME_OR_ID, 'must be 1–80 characters of [A-Za-z0-9_-]');

const sqsText = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => SQS_CHARACTERS.test(value), {
    message: 'holds characters SQS does not allow',
    params: INVALID_CONTENTS,
  });

const attributeValueSchema = z.discriminatedUnion('dataType', [
  z.object({ dataType: z.literal('String'), stringValue: sqsText }),
  z.object({ dataType: z.literal('Number'), stringValue: z.string().regex(NUMBER, 'must be a number') }),
  z.object({
    dataType: z.literal('Binary'),
    binaryValue: z.instanceof(Uint8Array).refine((v) => v.length > 0, 'must not be empty'),
  }),
]);

function attributeNameProblem(name: string): string | undefined {
  if (!ATTRIBUTE_NAME.test(name)) return 'attribute names are 1–256 characters of [A-Za-z0-9_.-]';
  if (/^(aws|amazon)\./i.test(name)) return 'attribute names starting with AWS. or Amazon. are reserved';
  if (name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
    return 'attribute names must not start or end with a period, nor hold two in a row';
  }
  return undefined;
}

const attributesSchema = z.record(z.string(), attributeValueSchema).superRefine((attributes, ctx) => {
  const names = Object.keys(attributes);
  if (names.length > MAX_ATTRIBUTES) ctx.addIssue({ code: 'custom', message: `at most ${MAX_ATTRIBUTES} attributes` });
  for (const name of names) {
    const problem = attributeNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
  }
});

export const sendMessageSchema = z.object({
  body: sqsText,
  delaySeconds: z.number().int().min(0).max(900).optional(),
  attributes: attributesSchema.optional(),
});

export const MAX_BATCH_ENTRIES = 10;
export const batchEntryIdSchema = z.string().regex(NAME_OR_ID);
export const batchEntryShapeSchema = z.array(z.looseObject({ id: z.unknown() }));

export const receiveOptionsSchema = z.object({
  maxMessages: z.number().int().min(1).max(10).default(1),
  waitTimeSeconds: z.number().int().min(0).max(20).default(0),
  visibilityTimeoutSeconds: z.number().int().min(0).max(43_200).optional(),
  signal: z.instanceof(AbortSignal).optional(),
});

/**
 * The queue's own settings. Durations may be fractional here (unlike in SQS calls) so tests can run in milliseconds.
 */
export const queueOptionsSchema = z.object({
  visibilityTimeoutSeconds: z.number().min(0).max(43_200).default(30),
  delaySeconds: z.number().min(0).max(900).default(0),
  /** SQS's default; SQS accepts 1 KiB–1 MiB. */
  maxMessageSizeBytes: z.number().int().min(1_024).max(1_048_576).default(262_144),
  redrivePolicy: z
    .object({ deadLetterQueue: queueNameSchema, maxReceiveCount: z.number().int().min(1).max(1_000) })
    .optional(),
  /** How often a long poll looks for messages written by other processes (this process's sends wake it at once). */
  pollIntervalSeconds: z.number().positive().max(20).default(0.1),
});
export type QueueOptions = z.input<typeof queueOptionsSchema>;
export type ResolvedQueueOptions = z.output<typeof queueOptionsSchema>;

export const visibilityTimeoutSchema = z.number().int().min(0).max(43_200);
export const receiptHandleSchema = z.string().min(1);

/**
 * Parses `value` or throws a CommandQueueError naming every problem. The code is SQS's: InvalidMessageContents
 * for forbidden characters, InvalidParameterValue otherwise.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const invalidContents = result.error.issues.some(
    (issue) => issue.code === 'custom' && issue.params?.['sqsCode'] === INVALID_CONTENTS.sqsCode,
  );
  const code = invalidContents ? INVALID_CONTENTS.sqsCode : 'InvalidParameterValue';
  throw new CommandQueueError(code, `Invalid ${what}:\n${z.prettifyError(result.error)}`, { cause: result.error });
}
