import { ApiProblem } from '../../lib/api/api-errors.ts';
import { capitalize } from '../../lib/text/labels.ts';
import { h } from '../dom.ts';

/** What went wrong, in one sentence for people; the API's own wording when it gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiProblem) return capitalize(error.message);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A message box; `alert` ones are announced by screen readers as soon as they appear. */
export function messageBox(tone: 'info' | 'danger' | 'warning' | 'success', title: string, text?: string): HTMLElement {
  return h(
    'div',
    { class: 'alert', 'data-tone': tone, role: tone === 'danger' ? 'alert' : 'status' },
    h('strong', { class: 'alert__title' }, title),
    text !== undefined && h('p', {}, text),
  );
}

/** The box for a failed request, with the API's request id so a report can be matched to the server's log. */
export function errorBox(title: string, error: unknown): HTMLElement {
  const box = messageBox('danger', title, errorMessage(error));
  if (error instanceof ApiProblem && error.requestId !== undefined) {
    box.append(h('p', { class: 'alert__meta' }, `Request id ${error.requestId}`));
  }
  return box;
}
