import type { IdeaVariant, VariantChange } from '@contentflow/events';
import { termsOf } from '../language/terms.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from '../similarity/near-duplicates.ts';
import type { SourceReading } from './source-idea.ts';

export type VariantProblem =
  | { reason: 'misplaced' | 'unchanged'; field: 'platform' | 'changes' | VariantChange; message: string }
  | { reason: 'duplicate'; of: number };

interface Seen {
  index: number;
  format: string;
  angle: ReadonlySet<string>;
  hook: ReadonlySet<string>;
}

/**
 * Holds a brainstorm's variants to the request and to what they claim: each goes out on a platform asked for and
 * changes only what may change (a new angle brings its own hook); each change it names is real (another angle or
 * hook, by the Jaccard index of their terms, the subject's and audience's own words left out; another format, and
 * a new format is always named); and it is not a near-duplicate of an earlier variant (same format, angle, hook).
 */
export class VariantScreen {
  readonly #reading: SourceReading;
  readonly #allowed: ReadonlySet<VariantChange>;
  readonly #shared: ReadonlySet<string>;
  readonly #source: { angle: ReadonlySet<string>; hook: ReadonlySet<string> };
  readonly #seen: Seen[] = [];
  #offered = 0;

  constructor(reading: SourceReading, allowed: readonly VariantChange[]) {
    this.#reading = reading;
    this.#allowed = new Set(allowed.includes('angle') ? [...allowed, 'hook'] : allowed);
    this.#shared = termsOf(`${reading.subject} ${reading.audience}`);
    this.#source = { angle: this.#own(reading.idea.angle), hook: this.#own(reading.idea.hook) };
  }

  /** The problem with the next variant offered, or undefined when it stands (and is kept for later checks). */
  check(variant: IdeaVariant): VariantProblem | undefined {
    const index = this.#offered;
    this.#offered += 1;
    if (!this.#reading.platforms.includes(variant.platform)) {
      const message = `platform must be one of ${this.#reading.platforms.join(', ')}`;
      return { reason: 'misplaced', field: 'platform', message };
    }
    const disallowed = variant.changes.filter((change) => !this.#allowed.has(change));
    if (disallowed.length > 0) {
      const message = `changes may name only ${[...this.#allowed].join(', ')}, not ${disallowed.join(', ')}`;
      return { reason: 'misplaced', field: 'changes', message };
    }
    if (variant.format !== this.#reading.idea.format && !variant.changes.includes('format')) {
      const message = `the format is not the idea's (${this.#reading.idea.format}), so changes must name format`;
      return { reason: 'misplaced', field: 'changes', message };
    }
    const angle = this.#own(variant.angle);
    const hook = this.#own(variant.hook);
    const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => jaccard(a, b) >= NEAR_DUPLICATE_THRESHOLD;
    const unchanged = (field: 'angle' | 'hook' | 'format'): VariantProblem => ({
      reason: 'unchanged',
      field,
      message: `changes names ${field}, but it is the idea's own ${field}`,
    });
    if (variant.changes.includes('angle') && same(angle, this.#source.angle)) return unchanged('angle');
    if (variant.changes.includes('hook') && same(hook, this.#source.hook)) return unchanged('hook');
    if (variant.changes.includes('format') && variant.format === this.#reading.idea.format) return unchanged('format');
    const earlier = this.#seen.find(
      (seen) => seen.format === variant.format && same(seen.angle, angle) && same(seen.hook, hook),
    );
    if (earlier) return { reason: 'duplicate', of: earlier.index };
    this.#seen.push({ index, format: variant.format, angle, hook });
    return undefined;
  }

  admit(variant: IdeaVariant): boolean {
    return this.check(variant) === undefined;
  }

  #own(text: string): Set<string> {
    return withoutShared(termsOf(text), this.#shared);
  }
}
