import type { Job } from '../../lib/api/resources.ts';
import { type JobStatusView, jobStatusView } from '../../lib/jobs/job-status.ts';
import { h } from '../dom.ts';

/** A status badge and progress bar that follow one job as it changes. */
export interface JobStatusElements {
  badge: HTMLSpanElement;
  progress: HTMLDivElement;
  update(job: Job): JobStatusView;
}

export function jobStatusElements(label: string): JobStatusElements {
  const statusBadge = h('span', { class: 'badge', 'data-tone': 'neutral' });
  const bar = h('div', { class: 'progress__bar' });
  const progress = h(
    'div',
    { class: 'progress', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100 },
    bar,
  );
  return {
    badge: statusBadge,
    progress,
    update(job) {
      const view = jobStatusView(job);
      statusBadge.textContent = view.label;
      statusBadge.dataset['tone'] = view.tone;
      progress.dataset['tone'] = view.tone;
      progress.toggleAttribute('data-indeterminate', view.indeterminate && !view.terminal);
      if (view.indeterminate && !view.terminal) {
        progress.removeAttribute('aria-valuenow');
        progress.setAttribute('aria-valuetext', view.label);
      } else {
        progress.setAttribute('aria-valuenow', String(view.percent));
        progress.setAttribute('aria-valuetext', `${view.percent} percent, ${view.label}`);
      }
      // Set through the CSSOM, which the page's content security policy allows (a style attribute it would not).
      bar.style.setProperty('--progress', `${view.percent}%`);
      return view;
    },
  };
}
