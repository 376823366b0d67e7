import {
  MAX_BEAT_LENGTH,
  MAX_BEATS,
  MAX_HOOK_LENGTH,
  MAX_IDEA_TITLE_LENGTH,
  MIN_BEATS,
  type SeriesOutput,
  SIGNATURE_FORMATS,
  type ValidSeriesInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { generationFieldsOf } from '../generation.ts';
import { sentenceCase } from '../ideas/pitch.ts';
import { subjectOf } from '../language/phrase-subject.ts';
import { termsOf } from '../language/terms.ts';
import { requestLines, strategistSystem } from '../prompts/strategist-prompt.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from '../similarity/near-duplicates.ts';
import { daysBetween, publishDates } from './publish-dates.ts';
import { middleParts, openingPart, type PartDraft, recapPart, type SeriesWords, seriesTitle } from './series-arc.ts';

const partDraftSchema = z.object({
  title: z.string().trim().min(1).max(MAX_IDEA_TITLE_LENGTH),
  hook: z.string().trim().min(1).max(MAX_HOOK_LENGTH),
  beats: z.array(z.string().trim().min(1).max(MAX_BEAT_LENGTH)).min(MIN_BEATS).max(MAX_BEATS),
});

/** Title terms that set one part apart from the others: the theme's own words left out. */
function partTermsOf(title: string, theme: ReadonlySet<string>): Set<string> {
  return withoutShared(termsOf(title), theme);
}

/**
 * Exactly `parts` parts, no two titles saying the same thing. Parts named after the creator's own subtopics are
 * left out of the check: the creator asked for them as they are.
 */
function seriesDraftSchema(input: ValidSeriesInput) {
  const theme = termsOf(input.theme);
  const asked = new Set((input.subtopics ?? []).map((subtopic) => subtopic.toLowerCase()));
  return z
    .object({
      title: z.string().trim().min(1).max(MAX_IDEA_TITLE_LENGTH),
      parts: z.array(partDraftSchema).length(input.parts, `give exactly ${input.parts} parts`),
    })
    .superRefine((draft, context) => {
      const seen: { index: number; own: ReadonlySet<string> }[] = [];
      for (const [index, part] of draft.parts.entries()) {
        if (asked.has(part.title.toLowerCase())) continue;
        const own = partTermsOf(part.title, theme);
        const same = seen.find((earlier) => jaccard(earlier.own, own) >= NEAR_DUPLICATE_THRESHOLD)?.index;
        if (same !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['parts', index, 'title'],
            message: `says the same as parts.${same}.title: give each part its own topic`,
          });
        }
        seen.push({ index, own });
      }
    });
}

/** The offline series: an opening, the middle in teaching order (the creator's subtopics first), and a recap. */
export function composeOfflineSeries(input: ValidSeriesInput): { title: string; parts: PartDraft[] } {
  const words: SeriesWords = {
    theme: input.theme,
    subject: subjectOf(input.theme),
    audience: input.audience,
    parts: input.parts,
    cadence: input.cadence,
  };
  const theme = termsOf(input.theme);
  // A short title shares few words: one shared word beyond the theme's means the same topic.
  const overlap = (title: string, subtopic: string) =>
    jaccard(partTermsOf(title, theme), partTermsOf(subtopic, theme)) > 0;
  const cased = (part: PartDraft): PartDraft => ({
    ...part,
    title: sentenceCase(part.title),
    hook: sentenceCase(part.hook),
  });
  const earlier = [openingPart(words), ...middleParts(words, input.subtopics ?? [], input.parts - 2, overlap)].map(
    cased,
  );
  const recap = cased(
    recapPart(
      words,
      earlier.map((part) => part.title),
    ),
  );
  return { title: sentenceCase(seriesTitle(words)), parts: [...earlier, recap] };
}

/**
 * `creative.series`: the provider writes the parts (offline: the series arc), and the schedule is worked out here
 * from the start date and cadence, so a model never picks dates. Each part but the last points to the next.
 */
export async function planSeries(
  input: ValidSeriesInput,
  context: { writer: TextGenerator; tomorrow: string; signal: AbortSignal },
): Promise<SeriesOutput> {
  const format = input.format ?? SIGNATURE_FORMATS[input.platform];
  const startDate = input.startDate ?? context.tomorrow;
  const answer = await context.writer.generate({
    system: strategistSystem(
      `Plan a ${input.parts}-part series. Part 1 opens it (who it is for, what they will get); the last part ` +
        'recaps it; the parts between go in teaching order, covering the subtopics given first, in their order. ' +
        'Each part has a title, a hook (its opening line) and 2–6 beats: what it covers, in order. No two parts ' +
        'cover the same thing.',
    ),
    messages: [
      {
        role: 'user',
        content: requestLines([
          ['theme', input.theme],
          ['parts', input.parts],
          ['platform', input.platform],
          ['format', format],
          ['cadence', input.cadence],
          ['audience', input.audience],
          ['subtopics', input.subtopics],
        ]),
      },
    ],
    schema: seriesDraftSchema(input),
    schemaName: 'series',
    schemaDescription: 'A series plan: its name, and each part with its title, hook and beats',
    maxTokens: 300 + 200 * input.parts,
    signal: context.signal,
    offline: () => composeOfflineSeries(input),
  });
  const dates = publishDates(startDate, input.cadence, input.parts);
  const drafts = answer.object.parts;
  const endDate = dates.at(-1)!;
  return {
    title: answer.object.title,
    theme: input.theme,
    platform: input.platform,
    format,
    cadence: input.cadence,
    parts: drafts.map((part, index) => ({
      number: index + 1,
      ...part,
      publishOn: dates[index]!,
      ...(index + 1 < drafts.length ? { teaser: `Next: ${drafts[index + 1]!.title}` } : {}),
    })),
    schedule: { startDate, endDate, spanDays: daysBetween(startDate, endDate) },
    ...generationFieldsOf(answer),
  };
}
