import { ApiProblem } from '../../lib/api/api-errors.ts';
import { contentSchema, type Job, jobSchema } from '../../lib/api/resources.ts';
import { isNewerState } from '../../lib/jobs/job-feed.ts';
import { isTerminal } from '../../lib/jobs/job-status.ts';
import { isWorkflowJob } from '../../lib/jobs/workflow-steps.ts';
import { PAGES } from '../../lib/navigation.ts';
import { elapsedSeconds, formatDateTime, formatDuration } from '../../lib/text/format.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, h, replaceChildren } from '../dom.ts';
import { openJobStream } from '../job-stream.ts';
import { loadJobTitles } from '../job-titles.ts';
import { contentCard } from '../render/content-view.ts';
import { errorBox, errorMessage, messageBox } from '../render/feedback.ts';
import { jobStatusElements } from '../render/job-status-view.ts';
import { jsonView } from '../render/json-view.ts';
import { showStreamState } from '../render/live-state.ts';
import { liveSteps } from '../render/live-steps.ts';
import { signedInApi } from '../session.ts';

const elements = {
  feedback: byId('job-feedback', HTMLDivElement),
  loading: byId('job-loading', HTMLDivElement),
  article: byId('job', HTMLElement),
  title: byId('job-title', HTMLHeadingElement),
  subtitle: byId('job-subtitle', HTMLParagraphElement),
  badge: byId('job-badge', HTMLSpanElement),
  cancel: byId('cancel-job', HTMLButtonElement),
  liveState: byId('live-state', HTMLSpanElement),
  detail: byId('job-detail', HTMLSpanElement),
  percent: byId('job-percent', HTMLSpanElement),
  progress: byId('job-progress', HTMLDivElement),
  error: byId('job-error', HTMLDivElement),
  facts: byId('job-facts', HTMLElement),
  resultsNote: byId('results-note', HTMLParagraphElement),
  results: byId('job-results', HTMLDivElement),
  input: byId('job-input', HTMLDivElement),
  steps: byId('steps', HTMLElement),
  stepList: byId('job-steps', HTMLDivElement),
  stepsSummary: byId('steps-summary', HTMLSpanElement),
};

function facts(job: Job): HTMLElement[] {
  const took = elapsedSeconds(job.startedAt ?? job.createdAt, job.finishedAt);
  const rows: Array<[string, string | undefined]> = [
    ['Submitted', formatDateTime(job.createdAt)],
    ['Started', job.startedAt && formatDateTime(job.startedAt)],
    ['Finished', job.finishedAt && formatDateTime(job.finishedAt)],
    ['Took', took === undefined ? undefined : formatDuration(took)],
    ['Job id', job.id],
  ];
  return rows.flatMap(([term, value]) => (value ? [h('div', {}, h('dt', {}, term), h('dd', {}, value))] : []));
}

async function showResults(api: ApiClient, job: Job): Promise<void> {
  if (job.contentIds.length === 0) {
    elements.resultsNote.textContent =
      job.status === 'succeeded' ? 'The job finished without producing content.' : 'This job produced no content.';
    return;
  }
  elements.resultsNote.hidden = true;
  const cards = await Promise.all(
    job.contentIds.map(async (id) => {
      try {
        const content = await api.get(`/api/v1/content/${encodeURIComponent(id)}`, contentSchema);
        return contentCard(api, content, { compact: false, heading: 'h3' });
      } catch (error) {
        return errorBox('Could not load this result', error);
      }
    }),
  );
  replaceChildren(elements.results, ...cards);
}

async function main(api: ApiClient, id: string): Promise<void> {
  let job: Job;
  const titles = loadJobTitles(api);
  try {
    job = await api.get(`/api/v1/jobs/${encodeURIComponent(id)}`, jobSchema);
  } catch (error) {
    elements.loading.hidden = true;
    const notFound = error instanceof ApiProblem && error.status === 404;
    replaceChildren(
      elements.feedback,
      notFound
        ? messageBox('warning', 'Job not found', 'There is no job with this id in your account.')
        : errorBox('Could not load the job', error),
    );
    return;
  }
  const showSteps = isWorkflowJob(job)
    ? liveSteps(api, id, { list: elements.stepList, summary: elements.stepsSummary })
    : undefined;
  elements.steps.hidden = showSteps === undefined;
  const title = (await titles)(job);
  const status = jobStatusElements(`Progress of ${title}`);
  elements.title.textContent = title;
  document.title = `${title} · ContentFlow`;
  elements.subtitle.textContent = isWorkflowJob(job) ? `Package · ${job.task}` : `${job.engine}.${job.task}`;
  replaceChildren(elements.badge, status.badge);
  replaceChildren(elements.progress, status.progress);
  replaceChildren(elements.input, jsonView(job.input));
  elements.loading.hidden = true;
  elements.article.hidden = false;

  let resultsShown = false;
  let shown: Job | undefined;
  const render = (next: Job): void => {
    // Steps never move back by themselves, and two step changes can share the job's other fields and its time.
    showSteps?.(next);
    // The stream and the cancel answer can cross: an older state never overwrites a newer one.
    if (shown !== undefined && !isNewerState(next, shown)) return;
    shown = next;
    const view = status.update(next);
    elements.detail.textContent = view.detail;
    elements.percent.textContent = view.indeterminate && !view.terminal ? '' : `${view.percent}%`;
    elements.cancel.hidden = view.terminal;
    replaceChildren(elements.facts, ...facts(next));
    replaceChildren(
      elements.error,
      next.error && messageBox('danger', `Failed: ${next.error.code}`, next.error.message),
    );
    if (view.terminal && !resultsShown) {
      resultsShown = true;
      void showResults(api, next);
    }
  };

  elements.cancel.addEventListener('click', async () => {
    elements.cancel.disabled = true;
    try {
      render(await api.post(`/api/v1/jobs/${encodeURIComponent(id)}/cancel`, {}, jobSchema));
    } catch (error) {
      // A job that finished meanwhile cannot be cancelled (409); the stream is about to show how it ended.
      replaceChildren(elements.error, messageBox('warning', 'Could not cancel', errorMessage(error)));
    } finally {
      elements.cancel.disabled = false;
    }
  });

  render(job);
  if (isTerminal(job.status)) {
    showStreamState(elements.liveState, 'ended');
    return;
  }
  openJobStream(
    api,
    `/api/v1/jobs/${encodeURIComponent(id)}/events`,
    { onJob: render, onState: (state) => showStreamState(elements.liveState, state) },
    { endOnTerminal: true },
  );
}

const api = signedInApi();
const id = new URLSearchParams(window.location.search).get('id');
if (api && id) void main(api, id);
else if (api) {
  elements.loading.hidden = true;
  replaceChildren(
    elements.feedback,
    messageBox('warning', 'No job selected', 'Open a job from the dashboard.'),
    h('p', {}, h('a', { href: PAGES.dashboard }, 'Go to the dashboard')),
  );
}
