import type { EventLeaf, FieldTest } from './match-value.ts';

/** Where a value sits among the arrays that hold it: the innermost array first. */
export interface ArrayPosition {
  readonly array: readonly unknown[];
  readonly index: number;
  readonly outer: ArrayPosition | undefined;
}

/**
 * How a field fared on one event: `true` when a value outside any array matched (or the field is missing
 * and may be), `false` when nothing matched, otherwise the array positions of the values that matched,
 * which must agree with the other fields' positions (see array-consistency.ts).
 */
export type FieldOutcome = boolean | readonly ArrayPosition[];

interface PathStep {
  readonly key: string;
  readonly next: number;
}

interface Scan {
  present: boolean;
  positions: ArrayPosition[] | undefined;
}

/**
 * Finds a field's values in an event without flattening the event. EventBridge joins keys with dots on both
 * sides, so the field `a.b.c` is reached through keys `a`,`b`,`c` or `a.b`,`c` or `a`,`b.c` or `a.b.c`;
 * the candidate keys at each depth are worked out once here. Arrays anywhere on the way are walked through.
 */
export class EventFieldMatcher {
  private readonly steps: readonly (readonly PathStep[])[];
  private readonly depth: number;
  private readonly test: FieldTest;

  constructor(field: string, test: FieldTest) {
    const segments = field.split('.');
    this.steps = segments.map((_, from) =>
      segments.slice(from).map((__, length) => ({
        key: segments.slice(from, from + length + 1).join('.'),
        next: from + length + 1,
      })),
    );
    this.depth = segments.length;
    this.test = test;
  }

  evaluate(event: object): FieldOutcome {
    const scan: Scan = { present: false, positions: undefined };
    if (this.visit(event, 0, undefined, scan)) return true;
    return scan.positions ?? (!scan.present && this.test.acceptsAbsence);
  }

  /** Returns true as soon as a value outside any array matches: nothing else can make the field fit better. */
  private visit(node: unknown, depth: number, position: ArrayPosition | undefined, scan: Scan): boolean {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        if (this.visit(node[index], depth, { array: node, index, outer: position }, scan)) return true;
      }
      return false;
    }
    if (depth === this.depth) {
      // Only leaves are values: an object here means the field is not in the event (exists works on leaves).
      if (!isLeaf(node)) return false;
      scan.present = true;
      if (!this.test.accepts(node)) return false;
      if (position === undefined) return true;
      if (scan.positions === undefined) scan.positions = [position];
      else scan.positions.push(position);
      return false;
    }
    if (typeof node !== 'object' || node === null) return false;
    const object = node as Readonly<Record<string, unknown>>;
    for (const step of this.steps[depth]!) {
      if (Object.hasOwn(object, step.key) && this.visit(object[step.key], step.next, position, scan)) return true;
    }
    return false;
  }
}

function isLeaf(value: unknown): value is EventLeaf {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
