import { z } from 'zod';

/**
 * A TEXT column holding JSON, parsed and then checked against `schema`: rows are read back through zod so a
 * hand-edited or corrupted row fails loudly instead of flowing on as a wrongly typed object.
 */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, context): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: 'column does not hold valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** NULL in a nullable column becomes an absent property, as the domain types expect. */
export function nullable<T extends z.ZodType>(schema: T) {
  return schema.nullable().transform((value) => value ?? undefined);
}
