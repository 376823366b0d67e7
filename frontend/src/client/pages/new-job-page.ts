import { type EngineCatalog, engineCatalogSchema, jobSchema } from '../../lib/api/resources.ts';
import { tasksByKey } from '../../lib/engines.ts';
import { PAGES } from '../../lib/navigation.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, replaceChildren } from '../dom.ts';
import { errorBox } from '../render/feedback.ts';
import { showPicker } from '../render/picker.ts';
import { taskPicker } from '../render/task-picker.ts';
import { requestForm } from '../request-form.ts';
import { signedInApi } from '../session.ts';

const form = byId('new-job', HTMLFormElement);
const picker = byId('task-picker', HTMLDivElement);

async function main(api: ApiClient): Promise<void> {
  let catalog: EngineCatalog;
  try {
    catalog = await api.get('/api/v1/engines', engineCatalogSchema);
  } catch (error) {
    replaceChildren(picker, errorBox('Could not load the tasks', error));
    return;
  } finally {
    picker.removeAttribute('aria-busy');
  }
  const details = requestForm({
    form,
    prefix: 'job-input',
    prefill: false,
    issueRoot: ['input'],
    refusal: 'The job was not started',
  });
  showPicker({
    container: picker,
    group: 'task',
    items: tasksByKey(catalog),
    cards: (selected) => taskPicker(catalog, selected),
    onSelect(key, task) {
      details.show({
        title: task.title,
        description: task.description,
        schema: task.inputSchema,
        example: task.example,
        start: (input, idempotencyKey) =>
          api.post('/api/v1/jobs', { engine: task.engine, task: task.task, input }, jobSchema, {
            'Idempotency-Key': idempotencyKey,
          }),
      });
      window.history.replaceState(null, '', PAGES.newJobFor(key));
    },
  });
}

const api = signedInApi();
if (api) void main(api);
