import { humanize } from '../../lib/text/labels.ts';
import { h } from '../dom.ts';

/** Deeper than this, a value is shown as indented JSON text rather than as nested lists. */
const MAX_DEPTH = 5;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): HTMLElement {
  if (typeof value === 'string') return h('span', { class: 'json-view__string' }, value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return h('span', { class: 'json-view__literal' }, String(value));
  }
  return h('span', {}, JSON.stringify(value));
}

/**
 * Any JSON as nested definition lists: readable names, values as text (never markup). Used for content that has no
 * dedicated view and for a job's input.
 */
export function jsonView(value: unknown, depth = 0): HTMLElement {
  if (depth >= MAX_DEPTH) return h('pre', { class: 'code' }, JSON.stringify(value, null, 2));
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'muted' }, 'none');
    if (value.every((item) => !isRecord(item) && !Array.isArray(item))) {
      return h('span', {}, value.map((item) => String(item)).join(', '));
    }
    return h('ol', { class: 'json-view__list' }, ...value.map((item) => h('li', {}, jsonView(item, depth + 1))));
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return h('span', { class: 'muted' }, 'empty');
    return h(
      'dl',
      { class: 'json-view' },
      ...entries.flatMap(([name, item]) => [h('dt', {}, humanize(name)), h('dd', {}, jsonView(item, depth + 1))]),
    );
  }
  return scalar(value);
}
