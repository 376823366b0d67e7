import { contentPageSchema } from '../../lib/api/resources.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, replaceChildren } from '../dom.ts';
import { contentCard } from '../render/content-view.ts';
import { errorBox } from '../render/feedback.ts';
import { signedInApi } from '../session.ts';

/** Items per page: a few rows of cards, each with a preview to load. */
const PAGE_SIZE = 12;

const elements = {
  grid: byId('library', HTMLDivElement),
  feedback: byId('library-feedback', HTMLDivElement),
  loading: byId('library-loading', HTMLDivElement),
  empty: byId('library-empty', HTMLDivElement),
  more: byId('load-more', HTMLButtonElement),
};

function main(api: ApiClient): void {
  let cursor: string | null = null;
  let shown = 0;

  const loadPage = async (): Promise<void> => {
    elements.more.disabled = true;
    elements.grid.setAttribute('aria-busy', 'true');
    try {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (cursor !== null) query.set('cursor', cursor);
      const page = await api.get(`/api/v1/content?${query}`, contentPageSchema);
      const firstNew = shown;
      elements.grid.append(...page.items.map((content) => contentCard(api, content, { compact: true, heading: 'h2' })));
      shown += page.items.length;
      cursor = page.nextCursor;
      elements.empty.hidden = shown > 0;
      elements.more.hidden = cursor === null;
      replaceChildren(elements.feedback);
      // Keyboard users who asked for more land on the first new item rather than back at the button.
      if (firstNew > 0) elements.grid.children[firstNew]?.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      replaceChildren(elements.feedback, errorBox('Could not load your content', error));
    } finally {
      elements.loading.hidden = true;
      elements.more.disabled = false;
      elements.grid.removeAttribute('aria-busy');
    }
  };

  elements.more.addEventListener('click', () => void loadPage());
  void loadPage();
}

const api = signedInApi();
if (api) main(api);
