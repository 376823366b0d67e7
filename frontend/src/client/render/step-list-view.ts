import type { WorkflowStep } from '../../lib/api/resources.ts';
import { type StepView, stepView } from '../../lib/jobs/workflow-steps.ts';
import { h } from '../dom.ts';

function stepProgress(view: StepView, percent: number): HTMLDivElement {
  const bar = h('div', { class: 'progress__bar' });
  // Set through the CSSOM, which the page's content security policy allows (a style attribute it would not).
  bar.style.setProperty('--progress', `${percent}%`);
  return h(
    'div',
    {
      class: 'progress step__progress',
      'data-tone': view.tone,
      role: 'progressbar',
      'aria-label': `Progress of ${view.label}`,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
    },
    bar,
  );
}

function stepRow(view: StepView): HTMLLIElement {
  const meta = [view.attempt, view.duration].filter((part) => part !== undefined).join(' · ');
  return h(
    'li',
    { class: 'step', 'data-status': view.status, 'data-step': view.name },
    h('span', { class: 'badge step__status', 'data-tone': view.tone }, view.statusLabel),
    h('span', { class: 'step__name' }, view.label),
    h('span', { class: 'step__meta' }, meta),
    view.percent !== undefined && stepProgress(view, view.percent),
    view.detail !== undefined &&
      h('span', { class: 'step__detail', 'data-tone': view.status === 'failed' ? 'danger' : undefined }, view.detail),
  );
}

/** One row per step, in order: its status, attempt, time so far, progress and error. */
export function stepList(steps: readonly WorkflowStep[], now: Date): HTMLOListElement {
  return h('ol', { class: 'steps' }, ...steps.map((step) => stepRow(stepView(step, now))));
}
