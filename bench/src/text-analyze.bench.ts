/**
 * text.analyze throughput: words per second analysing a ~2,000-word article, next to a bare
 * whitespace-split word count over the same text in the same run.
 *
 *   node bench/src/text-analyze.bench.ts
 *
 * Target: at least 200,000 words/s per core for the full analysis.
 */
const importStarted = performance.now();
// Imported here rather than statically so the module load (pronouncing dictionary, wink model) is timed.
const { analyzeText } = await import('@contentflow/text');
const importMs = performance.now() - importStarted;

const TARGET_WORDS_PER_SECOND = 200_000;
const ARTICLE_WORDS = 2_000;
const MEASURE_MS = 3_000;

/** Varied lengths, vocabulary, punctuation, numbers and sentiment, as a blog article has. */
const SENTENCES = [
  'Content marketing works best when every article answers one question clearly.',
  'Readers skim headlines first, so a specific promise beats a clever pun.',
  'We tested three landing pages over two weeks, and the simplest one won by 18%.',
  'Search engine optimization is not a trick; it is the habit of writing what people actually look for.',
  'Short sentences help.',
  'Long, winding sentences that pile clause upon clause, qualification upon qualification, tire even patient readers before they reach the point.',
  'The team was thrilled with the results and celebrated with pizza.',
  'Unfortunately, the old checkout flow was confusing, slow and frustrating for customers.',
  'A good outline saves hours of rewriting later.',
  "Don't bury the lead: put the most important fact in the first paragraph.",
  'Our analytics dashboard showed 4,200 visits on Tuesday, twice the weekly average.',
  'Visual hierarchy, whitespace and consistent typography make dense information approachable.',
  'Nobody enjoys jargon, yet technical writers reach for it out of habit.',
  'Is your call to action visible without scrolling?',
  'The experiment failed, but the failure taught us more than the earlier successes did.',
  'Great stories have a beginning, a middle and an end; great articles do too.',
  'Keyword research reveals the exact phrases your audience types into search boxes.',
  'Internal links guide readers to related guides and spread authority across the site.',
  'Editors at well-known publications cut adverbs ruthlessly.',
  'Publishing consistently, even once a week, builds trust with subscribers.',
  'Our newsletter grew from 1,500 to 9,000 subscribers in six months.',
  'Poorly structured pages lose visitors within seconds.',
  'Meta descriptions do not affect rankings directly, but they influence clicks.',
  'The platypus, a strange and wonderful mammal, lays eggs.',
  'Clear writing is a courtesy to the reader.',
];

function generateArticle(targetWords: number): string {
  let seed = 0x2f6b_9d31;
  // mulberry32: a small deterministic PRNG, so every run analyses the same article.
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(random() * 4);
    for (let i = 0; i < length; i += 1) {
      const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)]!;
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

interface Rate {
  /** Calls per wall-clock second. */
  readonly wall: number;
  /** Calls per second of this process's CPU time: the per-core figure, steadier on a shared machine. */
  readonly cpu: number;
}

/** Runs `work` repeatedly for about `durationMs` of wall-clock time. */
function rateOf(work: () => unknown, durationMs: number): Rate {
  let calls = 0;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    work();
    calls += 1;
    elapsed = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: (calls * 1000) / elapsed, cpu: (calls * 1_000_000) / (cpu.user + cpu.system) };
}

const article = generateArticle(ARTICLE_WORDS);
const coldStart = performance.now();
const result = analyzeText({ text: article, keyword: 'content marketing' });
const coldMs = performance.now() - coldStart;
const words = result.counts.words;

const analyze = (): unknown => analyzeText({ text: article, keyword: 'content marketing' });
const baseline = (): number => article.split(/\s+/).length;
// Warm the JIT on both paths before measuring.
rateOf(analyze, 500);
rateOf(baseline, 200);
const analyzeRate = rateOf(analyze, MEASURE_MS);
const baselineRate = rateOf(baseline, MEASURE_MS);

const format = (n: number): string => Math.round(n).toLocaleString('en-US');
const line = (name: string, rate: Rate): string =>
  `${name.padEnd(22)} ${format(rate.cpu * words).padStart(12)} words/s per core (CPU time), ${format(rate.wall * words).padStart(12)} wall-clock`;
const perCoreWordsPerSecond = analyzeRate.cpu * words;
console.log(`article: ${words} words, ${result.counts.sentences} sentences, ${result.counts.paragraphs} paragraphs`);
console.log(`cold start: import ${importMs.toFixed(0)} ms, first call ${coldMs.toFixed(0)} ms (builds the pipeline)`);
console.log(line('analyzeText', analyzeRate));
console.log(line('baseline split(/\\s+/)', baselineRate));
console.log(`ratio analyze/baseline (CPU time): ${(analyzeRate.cpu / baselineRate.cpu).toFixed(4)}`);
console.log(
  `target ${format(TARGET_WORDS_PER_SECOND)} words/s per core: ${perCoreWordsPerSecond >= TARGET_WORDS_PER_SECOND ? 'met' : 'NOT met'} (${(1000 / analyzeRate.cpu).toFixed(2)} ms CPU per article)`,
);
