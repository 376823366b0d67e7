import type { WildcardPattern } from './wildcard-pattern.ts';

export const TOO_COMPLEX =
  'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';

/**
 * EventBridge (event-ruler's MachineComplexityEvaluator) measures a field's wildcard values by the largest
 * number of wildcard-pattern states a worst-case input could keep alive at once. Ten or more is refused;
 * the limit is inferred from the service's answers (`*:*:*:*:*:event-bus/*` is refused, typical paths pass).
 */
const COMPLEXITY_LIMIT = 10;

// Bounds the search on pathological input; well-formed patterns settle long before this.
const MAX_STATE_SETS = 20_000;

const STAR = -1;
const OTHER_BYTE = -2;

/**
 * The byte automaton that event-ruler builds for a field: values are matched as UTF-8 inside their JSON
 * quotes; text before the first wildcard is shared between patterns, text after it is not.
 */
class WildcardAutomaton {
  readonly literal: Map<number, number[]>[] = [new Map()];
  /** States entered on any byte: a wildcard state, including its own loop. */
  readonly anyByte: number[][] = [[]];
  /** How many patterns each state can still lead to. */
  readonly weight: Set<number>[] = [new Set()];
  readonly alphabet = new Set<number>([OTHER_BYTE]);
  private readonly sharedLiteral: Map<number, number>[] = [new Map()];
  private readonly sharedStar = new Map<number, number>();

  add(pattern: WildcardPattern, id: number): void {
    let current = 0;
    let shared = true;
    let beforeStar: number | undefined;
    for (const token of tokens(pattern)) {
      let next: number;
      if (token === STAR) {
        next = (shared ? this.sharedStar.get(current) : undefined) ?? this.addStar(current, shared);
        shared = false;
        beforeStar = current;
      } else {
        next =
          (shared ? this.sharedLiteral[current]!.get(token) : undefined) ?? this.addLiteral(current, token, shared);
        // A wildcard may match nothing, so the byte after it is also reachable from the state before it.
        if (beforeStar !== undefined && !shared) this.edge(beforeStar, token, next);
        beforeStar = undefined;
      }
      this.weight[next]!.add(id);
      current = next;
    }
  }

  private newState(): number {
    this.literal.push(new Map());
    this.anyByte.push([]);
    this.weight.push(new Set());
    this.sharedLiteral.push(new Map());
    return this.literal.length - 1;
  }

  private addStar(from: number, shared: boolean): number {
    const star = this.newState();
    this.anyByte[from]!.push(star);
    this.anyByte[star]!.push(star);
    if (shared) this.sharedStar.set(from, star);
    return star;
  }

  private addLiteral(from: number, byte: number, shared: boolean): number {
    const next = this.newState();
    this.edge(from, byte, next);
    if (shared) this.sharedLiteral[from]!.set(byte, next);
    return next;
  }

  private edge(from: number, byte: number, to: number): void {
    this.alphabet.add(byte);
    const targets = this.literal[from]!.get(byte) ?? [];
    targets.push(to);
    this.literal[from]!.set(byte, targets);
  }
}

function* tokens(pattern: WildcardPattern): Generator<number> {
  const quote = 0x22;
  yield quote;
  const encoder = new TextEncoder();
  for (const [index, literal] of pattern.literals.entries()) {
    if (index > 0) yield STAR;
    yield* encoder.encode(literal);
  }
  yield quote;
}

/** True when EventBridge would refuse these wildcard values on one field as too complex. */
export function wildcardComplexityExceeded(patterns: readonly WildcardPattern[]): boolean {
  const automaton = new WildcardAutomaton();
  for (const [id, pattern] of patterns.entries()) automaton.add(pattern, id);
  const seen = new Set<string>();
  const pending: number[][] = [[0]];
  while (pending.length > 0 && seen.size < MAX_STATE_SETS) {
    const states = pending.pop()!;
    for (const byte of automaton.alphabet) {
      const next = step(automaton, states, byte);
      if (next.length === 0) continue;
      if (complexity(automaton, next) >= COMPLEXITY_LIMIT) return true;
      const key = next.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        pending.push(next);
      }
    }
  }
  return false;
}

function step(automaton: WildcardAutomaton, states: readonly number[], byte: number): number[] {
  const next = new Set<number>();
  for (const state of states) {
    for (const target of automaton.anyByte[state]!) next.add(target);
    if (byte === OTHER_BYTE) continue;
    for (const target of automaton.literal[state]!.get(byte) ?? []) next.add(target);
  }
  return [...next].sort((a, b) => a - b);
}

/** Patterns alive in these states, plus those behind a wildcard the next byte could enter (`foo` → `foo*`). */
function complexity(automaton: WildcardAutomaton, states: readonly number[]): number {
  const active = new Set(states);
  let total = 0;
  for (const state of states) {
    total += automaton.weight[state]!.size;
    for (const star of automaton.anyByte[state]!) {
      if (!active.has(star)) total += automaton.weight[star]!.size;
    }
  }
  return total;
}
