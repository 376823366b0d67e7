import { ApiProblem } from '../../lib/api/api-errors.ts';
import { type EngineCatalog, engineCatalogSchema, jobSchema } from '../../lib/api/resources.ts';
import { type CatalogTask, tasksByKey } from '../../lib/engines.ts';
import { type FormField, schemaToFields } from '../../lib/forms/form-fields.ts';
import { type FieldIssue, formToInput, initialValues } from '../../lib/forms/form-values.ts';
import { placeIssues } from '../../lib/forms/place-issues.ts';
import { PAGES } from '../../lib/navigation.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, h, replaceChildren } from '../dom.ts';
import { errorBox, messageBox } from '../render/feedback.ts';
import { type FormView, formView } from '../render/form-view.ts';
import { taskPicker } from '../render/task-picker.ts';
import { signedInApi } from '../session.ts';

interface SelectedTask {
  task: CatalogTask;
  fields: FormField[];
  view: FormView;
}

const elements = {
  form: byId('new-job', HTMLFormElement),
  picker: byId('task-picker', HTMLDivElement),
  details: byId('details', HTMLElement),
  heading: byId('details-heading', HTMLHeadingElement),
  description: byId('task-description', HTMLParagraphElement),
  fields: byId('task-fields', HTMLDivElement),
  feedback: byId('form-feedback', HTMLDivElement),
  fillExample: byId('fill-example', HTMLButtonElement),
  submit: byId('submit-job', HTMLButtonElement),
  status: byId('submit-status', HTMLSpanElement),
};

/** Shows what is wrong: each issue at its field, the rest above the form; focus goes to the first thing to fix. */
function showIssues(view: FormView, byField: readonly FieldIssue[], general: readonly string[], detail?: string) {
  const first = view.showIssues(byField);
  const box = messageBox(
    'danger',
    'The job was not started',
    byField.length > 0 ? 'Check the highlighted fields.' : (detail ?? 'The request was refused.'),
  );
  if (general.length > 0) box.append(h('ul', {}, ...general.map((message) => h('li', {}, message))));
  replaceChildren(elements.feedback, box);
  (first ?? elements.feedback).focus();
}

async function main(api: ApiClient): Promise<void> {
  let catalog: EngineCatalog;
  try {
    catalog = await api.get('/api/v1/engines', engineCatalogSchema);
  } catch (error) {
    replaceChildren(elements.picker, errorBox('Could not load the tasks', error));
    return;
  } finally {
    elements.picker.removeAttribute('aria-busy');
  }
  const tasks = tasksByKey(catalog);
  const requested = new URLSearchParams(window.location.search).get('task');
  const initial = requested !== null && tasks.has(requested) ? requested : undefined;
  replaceChildren(elements.picker, taskPicker(catalog, initial));

  let selected: SelectedTask | undefined;
  // One key per version of the request: a retry of the same request (a lost response, a double click) returns the
  // job already started instead of starting a second one; any edit makes it a new request.
  let idempotencyKey = crypto.randomUUID();

  const select = (key: string): void => {
    const task = tasks.get(key);
    if (task === undefined) return;
    const fields = schemaToFields(task.inputSchema);
    const view = formView(fields, 'job-input');
    view.setValues(initialValues(fields));
    selected = { task, fields, view };
    idempotencyKey = crypto.randomUUID();
    elements.heading.textContent = `2. ${task.title}`;
    elements.description.textContent = task.description;
    elements.fillExample.hidden = task.example === undefined;
    replaceChildren(elements.fields, view.element);
    replaceChildren(elements.feedback);
    elements.details.hidden = false;
    window.history.replaceState(null, '', PAGES.newJobFor(key));
  };

  elements.picker.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'task') select(event.target.value);
  });
  elements.fields.addEventListener('input', () => {
    idempotencyKey = crypto.randomUUID();
  });
  elements.fillExample.addEventListener('click', () => {
    if (selected === undefined) return;
    selected.view.setValues(initialValues(selected.fields, selected.task.example));
    idempotencyKey = crypto.randomUUID();
  });

  elements.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (selected === undefined) return;
    const { task, fields, view } = selected;
    view.showIssues([]);
    replaceChildren(elements.feedback);
    const result = formToInput(fields, view.values());
    if (!result.ok) {
      showIssues(view, result.issues, []);
      return;
    }
    elements.submit.disabled = true;
    elements.status.textContent = 'Starting…';
    try {
      const job = await api.post(
        '/api/v1/jobs',
        { engine: task.engine, task: task.task, input: result.input },
        jobSchema,
        { 'Idempotency-Key': idempotencyKey },
      );
      elements.status.textContent = 'Started. Opening the job…';
      window.location.assign(PAGES.job(job.id));
    } catch (error) {
      elements.submit.disabled = false;
      elements.status.textContent = '';
      if (error instanceof ApiProblem && error.issues.length > 0) {
        const placed = placeIssues(fields, error.issues);
        showIssues(view, placed.byField, placed.general, error.message);
      } else {
        replaceChildren(elements.feedback, errorBox('The job was not started', error));
        elements.feedback.focus();
      }
    }
  });

  if (initial !== undefined) select(initial);
}

const api = signedInApi();
if (api) void main(api);
