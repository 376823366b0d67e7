import { type Job, jobPageSchema } from '../../lib/api/resources.ts';
import { upsertJob } from '../../lib/jobs/job-feed.ts';
import { summarizeJobs } from '../../lib/jobs/job-status.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, replaceChildren } from '../dom.ts';
import { openJobStream } from '../job-stream.ts';
import { loadJobTitles } from '../job-titles.ts';
import { errorBox } from '../render/feedback.ts';
import { jobListView } from '../render/job-list-view.ts';
import { showStreamState } from '../render/live-state.ts';
import { signedInApi } from '../session.ts';

/** How many recent jobs the dashboard lists. */
const RECENT_JOBS = 20;

async function main(api: ApiClient): Promise<void> {
  const list = byId('job-list', HTMLOListElement);
  const empty = byId('jobs-empty', HTMLDivElement);
  const loading = byId('jobs-loading', HTMLDivElement);
  const feedback = byId('jobs-feedback', HTMLDivElement);
  const liveState = byId('live-state', HTMLSpanElement);
  const stats = {
    active: byId('stat-active', HTMLElement),
    succeeded: byId('stat-succeeded', HTMLElement),
    failed: byId('stat-failed', HTMLElement),
  };

  let jobs: Job[] = [];
  let loaded = false;
  const view = jobListView(list, await loadJobTitles(api));

  const render = (): void => {
    view.render(jobs);
    const summary = summarizeJobs(jobs);
    stats.active.textContent = String(summary.active);
    stats.succeeded.textContent = String(summary.succeeded);
    stats.failed.textContent = String(summary.failed);
    empty.hidden = !loaded || jobs.length > 0;
  };

  const refresh = async (): Promise<void> => {
    try {
      const page = await api.get(`/api/v1/jobs?limit=${RECENT_JOBS}`, jobPageSchema);
      // Merged, not replaced: a job event may have arrived while the list was on its way.
      for (const job of page.items) jobs = upsertJob(jobs, job, RECENT_JOBS);
      loaded = true;
      replaceChildren(feedback);
    } catch (error) {
      replaceChildren(feedback, errorBox('Could not load your jobs', error));
    } finally {
      loading.hidden = true;
      render();
    }
  };

  // The list is fetched again each time the stream opens: every change after that arrives as an event, every one
  // before it is in the list, and upsertJob keeps whichever state is newer. The first fetch does not wait for the
  // stream, so the list shows even where streaming is blocked.
  openJobStream(
    api,
    '/api/v1/events/stream',
    {
      onJob(job) {
        jobs = upsertJob(jobs, job, RECENT_JOBS);
        render();
      },
      onState: (state) => showStreamState(liveState, state),
      onOpen: () => void refresh(),
    },
    { endOnTerminal: false },
  );
  await refresh();
}

const api = signedInApi();
if (api) void main(api);
