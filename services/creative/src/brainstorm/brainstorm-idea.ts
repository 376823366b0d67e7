import {
  type BrainstormOutput,
  type IdeaVariant,
  VARIANT_CHANGES,
  type ValidBrainstormInput,
  type VariantChange,
  variantSchema,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { generationFieldsOf } from '../generation.ts';
import { placementLines, requestLines, strategistSystem } from '../prompts/strategist-prompt.ts';
import { composeOfflineVariants } from './compose-offline-variants.ts';
import { readSourceIdea, type SourceReading } from './source-idea.ts';
import { VariantScreen } from './variant-screen.ts';

/** A model offers a few more than asked, so the ones that change nothing or repeat each other can go. */
const EXTRA_VARIANTS = 3;

/** Screens variants in order: those that stand, and the problem of each that does not. */
function screenVariants(variants: readonly IdeaVariant[], reading: SourceReading, allowed: readonly VariantChange[]) {
  const screen = new VariantScreen(reading, allowed);
  const kept: IdeaVariant[] = [];
  const problems = variants.flatMap((variant, index) => {
    const problem = screen.check(variant);
    if (!problem) kept.push(variant);
    return problem ? [{ index, problem }] : [];
  });
  return { kept, problems };
}

/**
 * At least `count` variants that, once those changing nothing they claim to change and near-duplicates are left out,
 * still number `count`; each on a platform asked for.
 */
function brainstormDraftSchema(count: number, reading: SourceReading, allowed: readonly VariantChange[]) {
  return z
    .object({
      variants: z
        .array(variantSchema)
        .min(count, `give at least ${count} variants`)
        .max(count + EXTRA_VARIANTS, `give at most ${count + EXTRA_VARIANTS} variants`),
    })
    .superRefine((draft, context) => {
      const { kept, problems } = screenVariants(draft.variants, reading, allowed);
      for (const { index, problem } of problems) {
        if (problem.reason === 'misplaced') {
          context.addIssue({ code: 'custom', path: ['variants', index, problem.field], message: problem.message });
        } else if (kept.length < count) {
          const message =
            problem.reason === 'duplicate'
              ? `is the same variant as variants.${problem.of}: change something else`
              : problem.message;
          context.addIssue({ code: 'custom', path: ['variants', index], message });
        }
      }
    });
}

/**
 * `creative.brainstorm`: fills in the idea's missing parts, asks the provider for variants (offline: the idea bank,
 * the formats and the hook styles), and keeps those that change what they say they change, no two alike.
 */
export async function brainstormIdea(
  input: ValidBrainstormInput,
  context: { writer: TextGenerator; signal: AbortSignal },
): Promise<BrainstormOutput> {
  const reading = readSourceIdea(input);
  const changes = input.changes ?? VARIANT_CHANGES;
  const answer = await context.writer.generate({
    system: strategistSystem(
      'Expand one content idea into variants. Each variant changes one or more of its angle (another take on the ' +
        'same subject), its format, its hook (another opening), lists what it changes in `changes`, and says in ' +
        '`note` what it tries. No two variants are alike, and none is the idea itself.',
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines([
            ['variants', input.count + EXTRA_VARIANTS],
            ['changes allowed', changes],
            ['platforms', reading.platforms],
            ['audience', input.audience],
          ]),
          placementLines(reading.platforms),
          `the idea:\n${JSON.stringify(reading.idea, null, 2)}`,
        ].join('\n\n'),
      },
    ],
    schema: brainstormDraftSchema(input.count, reading, changes),
    schemaName: 'variants',
    schemaDescription: 'Variants of one content idea, each saying what it changes',
    maxTokens: 300 + 220 * (input.count + EXTRA_VARIANTS),
    signal: context.signal,
    offline: () => ({ variants: composeOfflineVariants(input, reading) }),
  });
  const { kept } = screenVariants(answer.object.variants, reading, changes);
  return { idea: reading.idea, variants: kept.slice(0, input.count), ...generationFieldsOf(answer) };
}
