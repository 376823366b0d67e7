import type { Content } from '../../lib/api/resources.ts';
import { analysisReport } from '../../lib/content/analysis-report.ts';
import { formatName, previewKind } from '../../lib/content/preview-kind.ts';
import { PAGES } from '../../lib/navigation.ts';
import { formatBytes, formatRelativeTime } from '../../lib/text/format.ts';
import { humanize } from '../../lib/text/labels.ts';
import type { ApiClient } from '../api-client.ts';
import { h, replaceChildren } from '../dom.ts';
import { analysisView } from './analysis-view.ts';
import { errorMessage } from './feedback.ts';
import { jsonView } from './json-view.ts';

export interface ContentCardOptions {
  /** The library shows a short preview and links to the job; the job page shows everything. */
  compact: boolean;
  heading: 'h2' | 'h3';
}

function contentTitle(content: Content): string {
  return content.title ?? humanize(content.kind);
}

async function jsonPreview(api: ApiClient, content: Content, compact: boolean): Promise<HTMLElement> {
  const json: unknown = JSON.parse(await api.text(content.id));
  const report = analysisReport(json);
  return report ? analysisView(report, compact) : h('div', { class: 'json-scroll' }, jsonView(json));
}

async function preview(api: ApiClient, content: Content, compact: boolean): Promise<HTMLElement | null> {
  const title = contentTitle(content);
  switch (previewKind(content.mimeType, content.bytes)) {
    case 'image':
      return h('img', { src: await api.mediaUrl(content.id), alt: `Preview of ${title}`, loading: 'lazy' });
    case 'audio':
      return h('audio', { src: await api.mediaUrl(content.id), controls: true, preload: 'metadata' });
    case 'video':
      return h('video', {
        src: await api.mediaUrl(content.id),
        controls: true,
        preload: 'metadata',
        playsinline: true,
      });
    case 'json':
      return jsonPreview(api, content, compact);
    case 'text':
      return h('pre', { class: 'code' }, await api.text(content.id));
    case 'none':
      return null;
  }
}

async function saveFile(api: ApiClient, content: Content, button: HTMLButtonElement, status: HTMLElement) {
  button.disabled = true;
  status.textContent = 'Downloading…';
  try {
    const { blob, fileName } = await api.download(content.id);
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: fileName });
    link.click();
    // The click has handed the file to the browser's download; the object URL is no longer needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    status.textContent = `Saved ${fileName}`;
  } catch (error) {
    status.textContent = `Download failed: ${errorMessage(error)}`;
  } finally {
    button.disabled = false;
  }
}

/** One piece of content: its preview (loaded after the card shows), what it is, and a download button. */
export function contentCard(api: ApiClient, content: Content, options: ContentCardOptions): HTMLElement {
  const title = contentTitle(content);
  const kind = previewKind(content.mimeType, content.bytes);
  const previewBox = h(
    'div',
    { class: 'content-card__preview', 'data-kind': kind, 'aria-busy': 'true' },
    h('div', { class: 'skeleton', 'aria-hidden': 'true' }),
  );
  const download = h('button', { type: 'button', class: 'btn btn--small' }, 'Download');
  const downloadStatus = h('span', { class: 'content-card__status muted', role: 'status' });
  download.addEventListener('click', () => void saveFile(api, content, download, downloadStatus));
  const provider = [content.provider.provider, content.provider.model].filter(Boolean).join(' · ');

  void preview(api, content, options.compact)
    .then((element) => {
      if (element === null) previewBox.remove();
      else replaceChildren(previewBox, element);
    })
    .catch((error: unknown) => {
      replaceChildren(previewBox, h('p', { class: 'muted' }, `No preview: ${errorMessage(error)}`));
    })
    .finally(() => previewBox.removeAttribute('aria-busy'));

  return h(
    'article',
    { class: 'content-card', 'data-compact': options.compact },
    h(
      'header',
      { class: 'content-card__header' },
      h(options.heading, { class: 'content-card__title', tabindex: -1 }, title),
      h(
        'p',
        { class: 'content-card__meta' },
        h('span', { class: 'pill' }, formatName(content.mimeType)),
        ` ${formatBytes(content.bytes)} · made by ${provider} · `,
        h('time', { datetime: content.createdAt }, formatRelativeTime(content.createdAt, new Date())),
      ),
    ),
    previewBox,
    h(
      'footer',
      { class: 'content-card__actions' },
      download,
      options.compact && h('a', { class: 'btn btn--small btn--ghost', href: PAGES.job(content.jobId) }, 'View job'),
      downloadStatus,
    ),
  );
}
