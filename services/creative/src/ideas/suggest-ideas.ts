import type { IdeasOutput, ValidIdeasInput } from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { generationFieldsOf } from '../generation.ts';
import type { ContentHistory } from '../history/content-history.port.ts';
import { HistoryProfile } from '../history/history-profile.ts';
import { historyBlock, placementLines, requestLines, strategistSystem } from '../prompts/strategist-prompt.ts';
import { momentOf } from './calendar-moments.ts';
import { composeOfflineIdeas, type OfflineIdeas } from './compose-offline-ideas.ts';
import { EXTRA_IDEAS, ideasDraftSchema } from './ideas-draft.ts';
import { rankByPerformance, screenIdeas } from './screen-ideas.ts';

/** Content records read as history: the tenant's recent output, a few months for a daily creator. */
export const HISTORY_RECORDS = 100;

export interface IdeasContext {
  writer: TextGenerator;
  history: ContentHistory;
  tenantId: string;
  /** `YYYY-MM-DD`, used when the input names no date. */
  today: string;
  signal: AbortSignal;
}

/**
 * `creative.ideas`: reads the tenant's history, asks the provider for ideas (the offline one composes them from the
 * idea bank), leaves out repeats and near-duplicates, and puts the formats and platforms that did best first.
 */
export async function suggestIdeas(input: ValidIdeasInput, context: IdeasContext): Promise<IdeasOutput> {
  const date = input.date ?? context.today;
  const profile = new HistoryProfile(await context.history.recent(context.tenantId, HISTORY_RECORDS, context.signal));
  let offline: OfflineIdeas | undefined;
  const history = historyBlock(profile);
  const answer = await context.writer.generate({
    system: strategistSystem(
      'Suggest content ideas. Each has a working title, an angle (the take, and for whom), a hook (the opening ' +
        'line, slide or post), a format, a platform that posts it, the goal it serves, and whyNow: why it is worth ' +
        "making now, from the date and the creator's history only. Never repeat or reword a past title, never make " +
        "the same point twice, and lean towards the formats and platforms that did best in the creator's history.",
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines([
            ['ideas', input.count + EXTRA_IDEAS],
            ['niche', input.niche],
            ['audience', input.audience],
            ['goals', input.goals],
            ['platforms', input.platforms],
            ['formats', input.formats],
            ['date', date],
            ['the month', momentOf(date).reason],
          ]),
          placementLines(input.platforms),
          ...(history ? [history] : []),
        ].join('\n\n'),
      },
    ],
    schema: ideasDraftSchema(input, profile),
    schemaName: 'ideas',
    schemaDescription: 'Content ideas, each with its title, angle, hook, format, platform, goal and why now',
    maxTokens: 300 + 250 * (input.count + EXTRA_IDEAS),
    signal: context.signal,
    offline: () => {
      offline = composeOfflineIdeas({ input, date, profile });
      return { ideas: offline.ideas };
    },
  });
  const screening = screenIdeas(answer.object.ideas, input, profile);
  return {
    ideas: rankByPerformance(screening.kept, profile).slice(0, input.count),
    date,
    history: {
      itemsConsidered: profile.items.length,
      itemsWithEngagement: profile.itemsWithEngagement,
      repeatsAvoided: screening.repeats.length + (offline?.repeatsAvoided ?? 0),
      duplicatesRemoved: screening.duplicates.length + (offline?.duplicatesRemoved ?? 0),
      performance: [...profile.performance],
    },
    ...generationFieldsOf(answer),
  };
}
