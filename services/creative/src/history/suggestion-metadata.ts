import { ideaFormatSchema, MAX_ANGLE_LENGTH, MAX_HOOK_LENGTH, MAX_IDEA_TITLE_LENGTH } from '@contentflow/events';
import type { JsonObject } from '@contentflow/platform';
import { z } from 'zod';

/**
 * What a creative content record keeps in its metadata about each suggestion it holds, so the next `creative.ideas`
 * can avoid offering it again without reading blobs. Written by every creative task, read by the history adapter.
 */
const suggestionSchema = z.object({
  title: z.string().min(1).max(MAX_IDEA_TITLE_LENGTH),
  angle: z.string().min(1).max(MAX_ANGLE_LENGTH).optional(),
  hook: z.string().min(1).max(MAX_HOOK_LENGTH).optional(),
  format: ideaFormatSchema.optional(),
});

const suggestionsMetadataSchema = z.object({ suggestions: z.array(suggestionSchema) });

export type Suggestion = z.infer<typeof suggestionSchema>;

export function suggestionsMetadata(suggestions: readonly Suggestion[]): JsonObject {
  return { suggestions: suggestions.map((suggestion) => ({ ...suggestion })) };
}

/** The suggestions a creative record holds; none when its metadata has another shape (an older version). */
export function suggestionsOf(metadata: JsonObject): Suggestion[] {
  return suggestionsMetadataSchema.safeParse(metadata).data?.suggestions ?? [];
}
