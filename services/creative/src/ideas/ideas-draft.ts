import { ideaSchema } from '@contentflow/events';
import { z } from 'zod';
import type { HistoryProfile } from '../history/history-profile.ts';
import { type IdeaPlacementRequest, screenIdeas } from './screen-ideas.ts';

/** A model offers a few more than asked, so the ones that repeat history or each other can go. */
export const EXTRA_IDEAS = 3;

/**
 * The answer a provider must give: at least `count` ideas that, once repeats of the tenant's history and
 * near-duplicates are left out, still number `count`, every one on a platform and in a format asked for. A model
 * that misses is told which idea repeats what, and asked once more.
 */
export function ideasDraftSchema(request: IdeaPlacementRequest & { count: number }, profile: HistoryProfile) {
  const { count } = request;
  return z
    .object({
      ideas: z
        .array(ideaSchema)
        .min(count, `give at least ${count} ideas`)
        .max(count + EXTRA_IDEAS, `give at most ${count + EXTRA_IDEAS} ideas`),
    })
    .superRefine((draft, context) => {
      const screening = screenIdeas(draft.ideas, request, profile);
      for (const { index, field, message } of screening.misplaced) {
        context.addIssue({ code: 'custom', path: ['ideas', index, field], message });
      }
      if (screening.kept.length >= count) return;
      for (const { index, of } of screening.repeats) {
        const message = `repeats the creator's past content ${JSON.stringify(of.title ?? of.kind)}: offer a new idea`;
        context.addIssue({ code: 'custom', path: ['ideas', index], message });
      }
      for (const { index, of } of screening.duplicates) {
        const message = `makes the same point as ideas.${of}: offer a different idea`;
        context.addIssue({ code: 'custom', path: ['ideas', index], message });
      }
    });
}
