import { z } from '@hono/zod-openapi';

const JsonSchemaObject = z.record(z.string(), z.unknown()).openapi({ description: 'A JSON Schema (draft-07).' });

export const EngineCatalogSchema = z
  .object({
    engines: z.array(
      z.object({
        engine: z.string().openapi({ example: 'text' }),
        tasks: z.array(
          z.object({
            task: z.string().openapi({ example: 'analyze' }),
            key: z.string().openapi({ example: 'text.analyze' }),
            title: z.string(),
            description: z.string(),
            example: z.unknown().openapi({ description: 'A valid `input` for this task.' }),
            produces: z.object({ kind: z.string(), mimeType: z.string() }),
            inputSchema: JsonSchemaObject,
            outputSchema: JsonSchemaObject,
          }),
        ),
      }),
    ),
  })
  .openapi('EngineCatalog');
