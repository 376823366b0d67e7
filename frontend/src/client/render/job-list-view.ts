import type { Job } from '../../lib/api/resources.ts';
import type { JobTitle } from '../../lib/job-titles.ts';
import { PAGES } from '../../lib/navigation.ts';
import { formatRelativeTime } from '../../lib/text/format.ts';
import { h } from '../dom.ts';
import { jobStatusElements } from './job-status-view.ts';

interface Row {
  element: HTMLLIElement;
  update(job: Job): void;
}

function jobRow(job: Job, titleOf: JobTitle): Row {
  const title = titleOf(job);
  const status = jobStatusElements(`Progress of ${title}`);
  const time = h('time', { datetime: job.createdAt });
  const detail = h('span', { class: 'job-row__detail' });
  const element = h(
    'li',
    { class: 'job-row' },
    h(
      'div',
      { class: 'job-row__main' },
      h('a', { class: 'job-row__title', href: PAGES.job(job.id) }, title),
      h('span', { class: 'job-row__meta' }, `${job.engine}.${job.task} · `, time),
    ),
    h('div', { class: 'job-row__status' }, status.badge, status.progress, detail),
  );
  return {
    element,
    update(next) {
      const view = status.update(next);
      time.textContent = formatRelativeTime(next.createdAt, new Date());
      detail.textContent = view.detail;
    },
  };
}

/**
 * The dashboard's list of recent jobs. Rows are kept per job and updated in place, so a live update does not
 * rebuild the list (keyboard focus and screen reader position stay where they were).
 */
export function jobListView(list: HTMLOListElement, titleOf: JobTitle) {
  const rows = new Map<string, Row>();
  return {
    render(jobs: readonly Job[]): void {
      const wanted = jobs.map((job) => {
        const row = rows.get(job.id) ?? jobRow(job, titleOf);
        rows.set(job.id, row);
        row.update(job);
        return row.element;
      });
      for (const [id, row] of rows) {
        if (!wanted.includes(row.element)) {
          row.element.remove();
          rows.delete(id);
        }
      }
      const inOrder = wanted.every((element, index) => list.children[index] === element);
      if (!inOrder) list.replaceChildren(...wanted);
    },
  };
}
