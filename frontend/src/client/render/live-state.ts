import type { StreamState } from '../job-stream.ts';

const LABELS: Readonly<Record<StreamState, string>> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  ended: 'Finished',
};

/** Shows the state of the live connection in its indicator (a status region, so changes are announced). */
export function showStreamState(indicator: HTMLElement, state: StreamState): void {
  indicator.dataset['state'] = state;
  indicator.textContent = LABELS[state];
}
