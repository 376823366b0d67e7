import type { AnalysisReport, Check, Score, TermRow } from '../../lib/content/analysis-report.ts';
import { h } from '../dom.ts';

/** How many keywords and keyphrases the report lists. */
const MAX_TERMS = 8;
/** A library card has room for two rows of two scores. */
const COMPACT_SCORES = 4;

function scoreCard(score: Score): HTMLElement {
  return h(
    'div',
    { class: 'score', 'data-tone': score.tone },
    h('span', { class: 'score__label' }, score.label),
    h('span', { class: 'score__value' }, score.value),
    h('span', { class: 'score__hint' }, score.hint),
  );
}

function termTable(caption: string, heading: string, rows: readonly TermRow[]): HTMLElement | null {
  if (rows.length === 0) return null;
  return h(
    'table',
    { class: 'table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, heading),
        h('th', { scope: 'col', class: 'num' }, 'Count'),
        h('th', { scope: 'col', class: 'num' }, 'Density'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows
        .slice(0, MAX_TERMS)
        .map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.term),
            h('td', { class: 'num' }, row.count),
            h('td', { class: 'num' }, row.density),
          ),
        ),
    ),
  );
}

function checkItem(check: Check): HTMLElement {
  return h(
    'li',
    { class: 'check', 'data-passed': String(check.passed) },
    h('span', { class: 'check__icon', 'aria-hidden': 'true' }, check.passed ? '✓' : '✕'),
    check.label,
    h('span', { class: 'visually-hidden' }, check.passed ? ': yes' : ': no'),
  );
}

/** A text analysis as scores, suggestions, keyword tables and the focus keyword's checks; `compact` keeps scores. */
export function analysisView(report: AnalysisReport, compact: boolean): HTMLElement {
  const shown = compact ? report.scores.slice(0, COMPACT_SCORES) : report.scores;
  const scores = h('div', { class: 'score-grid' }, ...shown.map(scoreCard));
  if (compact) return h('div', { class: 'analysis analysis--compact' }, scores);
  const { focus } = report;
  return h(
    'div',
    { class: 'analysis' },
    scores,
    report.checksSummary !== undefined &&
      h(
        'div',
        { class: 'analysis__block' },
        h('h4', {}, 'Suggestions'),
        h('p', { class: 'muted' }, report.checksSummary),
        report.suggestions.length > 0 &&
          h('ul', { class: 'suggestions' }, ...report.suggestions.map((text) => h('li', {}, text))),
      ),
    focus &&
      h(
        'div',
        { class: 'analysis__block' },
        h('h4', {}, 'Focus keyword ', h('q', {}, focus.keyword)),
        h('p', { class: 'muted' }, focus.summary),
        h('ul', { class: 'checks' }, ...focus.checks.map(checkItem)),
      ),
    h(
      'div',
      { class: 'analysis__tables' },
      termTable('Top keywords', 'Keyword', report.keywords),
      termTable('Top keyphrases', 'Keyphrase', report.keyphrases),
    ),
  );
}
