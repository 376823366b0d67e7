import { ApiProblem } from '../lib/api/api-errors.ts';
import type { Job } from '../lib/api/resources.ts';
import { type FormField, schemaToFields } from '../lib/forms/form-fields.ts';
import { type FieldIssue, formToInput, initialValues } from '../lib/forms/form-values.ts';
import { placeIssues } from '../lib/forms/place-issues.ts';
import { PAGES } from '../lib/navigation.ts';
import { byId, h, replaceChildren } from './dom.ts';
import { errorBox, messageBox } from './render/feedback.ts';
import { type FormView, formView } from './render/form-view.ts';

/** Something a creator can start from a form: an engine's task or a workflow. */
export interface Startable {
  title: string;
  description: string;
  /** The JSON Schema of what it takes. */
  schema: unknown;
  example: unknown;
  /** Sends the request; the same `idempotencyKey` for a retry of the same request. */
  start(request: Record<string, unknown>, idempotencyKey: string): Promise<Job>;
}

export interface RequestFormOptions {
  form: HTMLFormElement;
  /** Starts the controls' ids, so they cannot collide with the page's. */
  prefix: string;
  /** Fill the form with the example at first, rather than the schema's defaults. */
  prefill: boolean;
  /** Where the form's value sits in the request the API checks (see placeIssues). */
  issueRoot: readonly string[];
  /** The heading of the problems box: "The job was not started". */
  refusal: string;
}

interface Selected {
  item: Startable;
  fields: FormField[];
  view: FormView;
}

/**
 * The details form of the page (`RequestDetails.astro`): `show` builds it for the chosen item, and a successful
 * submit opens the job it started. Problems go where they can be fixed: each at its field, the rest above the form.
 */
export function requestForm(options: RequestFormOptions): { show(item: Startable): void } {
  const elements = {
    details: byId('details', HTMLElement),
    heading: byId('details-heading', HTMLHeadingElement),
    description: byId('details-description', HTMLParagraphElement),
    fields: byId('request-fields', HTMLDivElement),
    feedback: byId('form-feedback', HTMLDivElement),
    fillExample: byId('fill-example', HTMLButtonElement),
    submit: byId('submit-request', HTMLButtonElement),
    status: byId('submit-status', HTMLSpanElement),
  };
  let selected: Selected | undefined;
  // One key per version of the request: a retry of the same request (a lost response, a double click) returns the
  // job already started instead of starting a second one; any edit makes it a new request.
  let idempotencyKey = crypto.randomUUID();

  const showIssues = (view: FormView, byField: readonly FieldIssue[], general: readonly string[], detail?: string) => {
    const first = view.showIssues(byField);
    const box = messageBox(
      'danger',
      options.refusal,
      byField.length > 0 ? 'Check the highlighted fields.' : (detail ?? 'The request was refused.'),
    );
    if (general.length > 0) box.append(h('ul', {}, ...general.map((message) => h('li', {}, message))));
    replaceChildren(elements.feedback, box);
    (first ?? elements.feedback).focus();
  };

  elements.fields.addEventListener('input', () => {
    idempotencyKey = crypto.randomUUID();
  });
  elements.fillExample.addEventListener('click', () => {
    if (selected === undefined) return;
    selected.view.setValues(initialValues(selected.fields, selected.item.example));
    idempotencyKey = crypto.randomUUID();
  });

  options.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (selected === undefined) return;
    const { item, fields, view } = selected;
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
      const job = await item.start(result.input, idempotencyKey);
      elements.status.textContent = 'Started. Opening the job…';
      window.location.assign(PAGES.job(job.id));
    } catch (error) {
      elements.submit.disabled = false;
      elements.status.textContent = '';
      if (error instanceof ApiProblem && error.issues.length > 0) {
        const placed = placeIssues(fields, error.issues, options.issueRoot);
        showIssues(view, placed.byField, placed.general, error.message);
      } else {
        replaceChildren(elements.feedback, errorBox(options.refusal, error));
        elements.feedback.focus();
      }
    }
  });

  return {
    show(item) {
      const fields = schemaToFields(item.schema);
      const view = formView(fields, options.prefix);
      view.setValues(initialValues(fields, options.prefill ? item.example : undefined));
      selected = { item, fields, view };
      idempotencyKey = crypto.randomUUID();
      elements.heading.textContent = `2. ${item.title}`;
      elements.description.textContent = item.description;
      elements.fillExample.hidden = item.example === undefined;
      replaceChildren(elements.fields, view.element);
      replaceChildren(elements.feedback);
      elements.details.hidden = false;
    },
  };
}
