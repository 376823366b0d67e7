/**
 * Event-pattern matching throughput: 100 compiled rules (exact and prefix values on source, detail-type and
 * detail fields) tested against 100k generated events, next to two baselines over the same events in the
 * same run: a hand-written `===` on one field per rule (the floor any matcher pays for the loop) and
 * JSON.stringify of each event (what re-reading an event would cost).
 *
 *   node bench/src/matcher.bench.ts
 */
import { type CompiledEventPattern, compileEventPattern } from '@contentflow/platform';

const RULES = 100;
const EVENTS = 100_000;
const ROUNDS = 3;
const TARGET_MATCHES_PER_SECOND = 200_000;

const SOURCES = ['contentflow.api', 'contentflow.text', 'contentflow.image', 'contentflow.video', 'contentflow.audio'];
const DETAIL_TYPES = ['Job Requested', 'Job Started', 'Job Completed', 'Job Failed', 'Asset Ready', 'Schedule Posted'];
const CHANNELS = ['youtube', 'tiktok', 'instagram', 'blog', 'podcast'];
const STATUSES = ['queued', 'running', 'done', 'failed'];

/** mulberry32: a small seeded generator, so every run measures the same events and rules. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(42);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

interface BenchEvent {
  source: string;
  'detail-type': string;
  detail: { channel: string; status: string; jobId: string; creatorId: string };
}

function generateEvent(index: number): BenchEvent {
  return {
    source: pick(SOURCES),
    'detail-type': pick(DETAIL_TYPES),
    detail: {
      channel: pick(CHANNELS),
      status: pick(STATUSES),
      jobId: `job-${index.toString(36)}`,
      creatorId: `creator-${Math.floor(random() * 500)}`,
    },
  };
}

/** Each rule keeps the source it tests so the baseline can do the same work by hand. */
function generateRule(index: number): { pattern: object; source: string } {
  const source = pick(SOURCES);
  switch (index % 4) {
    case 0:
      return { pattern: { source: [source] }, source };
    case 1:
      return { pattern: { source: [source], 'detail-type': [{ prefix: 'Job ' }] }, source };
    case 2:
      return {
        pattern: { source: [source], 'detail-type': [pick(DETAIL_TYPES)], detail: { channel: [pick(CHANNELS)] } },
        source,
      };
    default:
      return {
        pattern: {
          source: [{ prefix: 'contentflow.' }, source],
          detail: { creatorId: [{ prefix: 'creator-1' }], status: [pick(STATUSES)] },
        },
        source,
      };
  }
}

const events = Array.from({ length: EVENTS }, (_, index) => generateEvent(index));
const rules = Array.from({ length: RULES }, (_, index) => generateRule(index));

const compileStart = performance.now();
const compiled: CompiledEventPattern[] = rules.map((rule) => compileEventPattern(rule.pattern));
const compileMs = performance.now() - compileStart;

/** Best of several rounds: the machine is shared, and the best round is the least disturbed one. */
function measure(run: () => number): { seconds: number; result: number } {
  let best = Number.POSITIVE_INFINITY;
  let result = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { seconds: best / 1000, result };
}

const matcher = measure(() => {
  let matched = 0;
  for (const event of events) {
    for (const pattern of compiled) if (pattern.matches(event)) matched++;
  }
  return matched;
});

const equalityBaseline = measure(() => {
  let matched = 0;
  for (const event of events) {
    for (const rule of rules) if (event.source === rule.source) matched++;
  }
  return matched;
});

const stringifyBaseline = measure(() => {
  let length = 0;
  for (const event of events) length += JSON.stringify(event).length;
  return length;
});

const evaluations = RULES * EVENTS;
const perSecond = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en-US');
const matchesPerSecond = evaluations / matcher.seconds;

console.log(`event-pattern matcher: ${RULES} rules × ${EVENTS.toLocaleString('en-US')} events (best of ${ROUNDS})`);
console.log(`  compile ${RULES} rules:            ${compileMs.toFixed(1)} ms`);
console.log(
  `  matcher:                      ${perSecond(evaluations, matcher.seconds)} matches/s ` +
    `(${perSecond(EVENTS, matcher.seconds)} events/s through all rules; ${matcher.result.toLocaleString('en-US')} matched)`,
);
console.log(
  `  baseline, one === per rule:   ${perSecond(evaluations, equalityBaseline.seconds)} comparisons/s ` +
    `→ matcher is ${(matcher.seconds / equalityBaseline.seconds).toFixed(1)}× slower`,
);
console.log(
  `  baseline, JSON.stringify:     ${perSecond(EVENTS, stringifyBaseline.seconds)} events/s ` +
    `→ matching an event against all ${RULES} rules costs ${(matcher.seconds / stringifyBaseline.seconds).toFixed(1)}× one stringify`,
);
console.log(
  `  target ≥ ${TARGET_MATCHES_PER_SECOND.toLocaleString('en-US')} matches/s: ${matchesPerSecond >= TARGET_MATCHES_PER_SECOND ? 'met' : 'NOT met'}`,
);
