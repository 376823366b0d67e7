import { jobSchema, type WorkflowCatalog, workflowCatalogSchema } from '../../lib/api/resources.ts';
import { PAGES } from '../../lib/navigation.ts';
import { workflowsByName } from '../../lib/workflows.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, replaceChildren } from '../dom.ts';
import { errorBox } from '../render/feedback.ts';
import { showPicker } from '../render/picker.ts';
import { workflowPicker } from '../render/workflow-picker.ts';
import { requestForm } from '../request-form.ts';
import { signedInApi } from '../session.ts';

const form = byId('new-package', HTMLFormElement);
const picker = byId('workflow-picker', HTMLDivElement);

async function main(api: ApiClient): Promise<void> {
  let catalog: WorkflowCatalog;
  try {
    catalog = await api.get('/api/v1/orchestrator/workflows', workflowCatalogSchema);
  } catch (error) {
    replaceChildren(picker, errorBox('Could not load the packages', error));
    return;
  } finally {
    picker.removeAttribute('aria-busy');
  }
  const details = requestForm({
    form,
    prefix: 'package-request',
    prefill: true,
    // The workflow's request is the whole body, so the API's issues name its fields from the root.
    issueRoot: [],
    refusal: 'The package was not started',
  });
  showPicker({
    container: picker,
    group: 'workflow',
    items: workflowsByName(catalog),
    cards: (selected) => workflowPicker(catalog, selected),
    onSelect(name, workflow) {
      details.show({
        title: workflow.title,
        description: workflow.description,
        schema: workflow.requestSchema,
        example: workflow.example,
        start: (request, idempotencyKey) =>
          api.post(`/api/v1/orchestrator/workflows/${encodeURIComponent(name)}`, request, jobSchema, {
            'Idempotency-Key': idempotencyKey,
          }),
      });
      window.history.replaceState(null, '', PAGES.newPackageFor(name));
    },
  });
}

const api = signedInApi();
if (api) void main(api);
