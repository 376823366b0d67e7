import {
  captionsOutputSchema,
  MAX_TEXT_LENGTH,
  type TaskContract,
  textAnalyzeTask,
  textCaptionsTask,
  textDescriptionTask,
  textHashtagsTask,
  textRewriteTask,
  textScriptTask,
  textSummarizeTask,
  textTitlesTask,
  textWriteTask,
} from '@contentflow/events';
import { OFFLINE_TEXT_MODEL, OfflineTextGenerator } from '@contentflow/platform';
import { afterAll, describe, expect, test } from 'vitest';
import { startLocalEngineHarness } from './test-support/local-engine-harness.ts';
import { createTextEngine } from './text-engine.ts';

const harness = startLocalEngineHarness(createTextEngine(new OfflineTextGenerator()));
afterAll(() => harness.close());

/** Media types a browser would run or render as a page: none may ever hold user or model text. */
const ACTIVE_TYPES = /html|javascript|ecmascript|svg|xml/;

const GENERATING: ReadonlyArray<[TaskContract, string]> = [
  [textWriteTask, 'article'],
  [textRewriteTask, 'rewrite'],
  [textSummarizeTask, 'summary'],
  [textTitlesTask, 'titles'],
  [textDescriptionTask, 'description'],
  [textHashtagsTask, 'hashtags'],
  [textCaptionsTask, 'captions'],
  [textScriptTask, 'script'],
];

describe('each task runs end to end on the local adapters, offline', () => {
  test.each(GENERATING)('%s', async (contract, kind) => {
    const { outcome, stored } = await harness.run(contract.task, contract.example as Record<string, unknown>);
    expect(outcome).toMatchObject({ status: 'succeeded' });
    expect(stored).toHaveLength(1);
    const [{ content, body }] = stored as [(typeof stored)[number]];
    expect(content).toMatchObject({
      kind: `text/${kind}`,
      provider: { engine: 'text', provider: 'offline', model: OFFLINE_TEXT_MODEL },
      metadata: {
        generatedBy: { provider: 'offline', model: OFFLINE_TEXT_MODEL },
        usage: { inputTokens: 0, outputTokens: 0 },
      },
    });
    expect(content.mimeType).not.toMatch(ACTIVE_TYPES);
    if (contract === textWriteTask) {
      expect(content.mimeType).toBe('text/markdown');
      expect(body.toString('utf8')).toMatch(/^# .+\n\n/);
      expect(content.title).toBe(body.toString('utf8').split('\n')[0]!.slice(2));
      expect(content.metadata).toMatchObject({
        scores: { words: expect.any(Number) },
        seo: { score: expect.any(Number) },
      });
    } else {
      expect(content.mimeType).toBe('application/json');
      const output = contract.output.parse(JSON.parse(body.toString('utf8')));
      expect(output).toMatchObject({ generatedBy: { provider: 'offline' } });
    }
  });

  test('text.analyze, on Markdown, stores the analysis with headings and an SEO score', async () => {
    const text =
      '# Cold brew at home\n\nCold brew is coffee steeped in cold water for twelve hours.\n\n## Ratio\n\nUse one part coffee to eight parts water.';
    const { outcome, stored } = await harness.run('analyze', { text, format: 'markdown', keyword: 'cold brew' });
    expect(outcome.status).toBe('succeeded');
    const analysis = textAnalyzeTask.output.parse(JSON.parse(stored[0]!.body.toString('utf8')));
    expect(analysis.headings?.map(({ level, text: heading }) => [level, heading])).toEqual([
      [1, 'Cold brew at home'],
      [2, 'Ratio'],
    ]);
    expect(analysis.seo.title).toEqual({ text: 'Cold brew at home', source: 'h1', characters: 17 });
    expect(analysis.keyword?.inFirstParagraph).toBe(true);
  });
});

describe('bad input fails the job with a clear code and message', () => {
  async function failure(task: string, input: Record<string, unknown>) {
    const { outcome, stored } = await harness.run(task, input);
    expect(stored).toEqual([]);
    if (outcome.status !== 'failed') throw new Error(`expected ${task} to fail, it ${outcome.status}`);
    return outcome;
  }

  test('an empty text', async () => {
    expect(await failure('summarize', { text: ' \n ' })).toEqual({
      status: 'failed',
      code: 'INPUT_INVALID',
      message: 'text: text must not be empty or whitespace only',
    });
  });

  test('a 1 MB text is refused by the contract, which the API checks before any event is sent', () => {
    // A Job.Requested event holds at most 256 KiB, so such a job never reaches the engine: the contract is the gate.
    const text = 'word '.repeat(200_000);
    for (const contract of [textAnalyzeTask, textSummarizeTask, textDescriptionTask, textRewriteTask]) {
      const issues = contract.input.safeParse({ text, targetGrade: 8 }).error?.issues.map((issue) => issue.message);
      expect(issues?.[0]).toMatch(/^text must be at most [\d,]+ characters long$/);
    }
    expect(textAnalyzeTask.input.safeParse({ text }).error?.issues[0]?.message).toBe(
      `text must be at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters long`,
    );
  });

  test('an unknown tone names the tones', async () => {
    expect(await failure('captions', { topic: 'tea', platforms: ['x'], tone: 'sarcastic' })).toMatchObject({
      code: 'INPUT_INVALID',
      message:
        'tone: tone must be one of neutral, friendly, professional, casual, persuasive, playful, inspirational, authoritative',
    });
  });

  test('expanding a text offline needs a model, and says how to configure one', async () => {
    expect(await failure('rewrite', { text: 'Short and sweet.', length: 'longer' })).toMatchObject({
      code: 'MODEL_REQUIRED',
      message: expect.stringContaining('CONTENTFLOW_TEXT_PROVIDER'),
    });
  });
});

describe('hostile and broken text is stored as data', () => {
  const SCRIPT = '<script>alert(document.cookie)</script>';
  const IMAGE = '<img src=x onerror=alert(1)>';

  test('HTML in a topic is escaped in Markdown and kept verbatim, as JSON data, elsewhere', async () => {
    const article = await harness.run('write', { topic: `Cookies ${SCRIPT}`, keywords: [IMAGE] });
    const markdown = article.stored[0]!.body.toString('utf8');
    expect(markdown).not.toMatch(/<(script|img)/i);
    expect(markdown).toContain('&lt;script>alert(document.cookie)&lt;/script>');

    const captions = await harness.run('captions', {
      topic: `Cookies ${SCRIPT}`,
      platforms: ['linkedin'],
      keyword: IMAGE,
    });
    const { content, body } = captions.stored[0]!;
    expect(content.mimeType).toBe('application/json');
    const output = captionsOutputSchema.parse(JSON.parse(body.toString('utf8')));
    // The caption is plain text for the platform: it holds the markup as the creator typed it, never interpreted.
    expect(output.captions[0]!.text).toContain(IMAGE);
  });

  test('a lone surrogate is replaced, so what is stored is well-formed UTF-8', async () => {
    const { outcome, stored } = await harness.run('hashtags', { topic: 'caf\uD800 latte art', platform: 'x' });
    expect(outcome.status).toBe('succeeded');
    const body = stored[0]!.body;
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
    expect(decoded.isWellFormed()).toBe(true);
    expect(JSON.parse(decoded).text).toMatch(/#/);
  });

  test('bytes that were not UTF-8 arrive as U+FFFD and are analysed like any character', async () => {
    const text = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9, 0x2e]).toString('utf8');
    expect(text).toBe('caf\uFFFD ol\uFFFD.');
    const { outcome, stored } = await harness.run('analyze', { text });
    expect(outcome.status).toBe('succeeded');
    expect(JSON.parse(stored[0]!.body.toString('utf8')).counts.words).toBe(2);
  });
});
