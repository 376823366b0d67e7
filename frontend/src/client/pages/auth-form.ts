import { ApiProblem } from '../../lib/api/api-errors.ts';
import { tokenSchema } from '../../lib/api/resources.ts';
import { safeNextPath } from '../../lib/navigation.ts';
import type { ApiClient } from '../api-client.ts';
import { byId, h, replaceChildren, setAttribute } from '../dom.ts';
import { errorBox } from '../render/feedback.ts';
import { currentSession, signIn } from '../session.ts';

type Values = Record<string, string>;

function inputs(form: HTMLFormElement): HTMLInputElement[] {
  return [...form.querySelectorAll('input')];
}

function setFieldError(input: HTMLInputElement, message: string | undefined): void {
  const error = document.getElementById(`${input.id}-error`);
  if (error) {
    error.textContent = message ?? '';
    error.hidden = message === undefined;
  }
  setAttribute(input, 'aria-invalid', message !== undefined);
}

/**
 * Runs the log-in or sign-up form: checks required fields, calls `submit`, and shows the API's issues next to the
 * fields they name (`email`, `password`) or above the form.
 */
export function runAuthForm(submit: (values: Values) => Promise<void>): void {
  // Someone already signed in has nothing to do here.
  if (currentSession() !== undefined) window.location.replace(safeNextPath(null));
  const form = byId('auth-form', HTMLFormElement);
  const feedback = byId('form-feedback', HTMLDivElement);
  const button = form.querySelector('button[type="submit"]');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replaceChildren(feedback);
    for (const input of inputs(form)) setFieldError(input, undefined);
    const missing = inputs(form).filter((input) => input.getAttribute('aria-required') === 'true' && !input.value);
    for (const input of missing) setFieldError(input, 'This field is required.');
    if (missing[0]) {
      missing[0].focus();
      return;
    }
    const values: Values = Object.fromEntries(inputs(form).map((input) => [input.name, input.value]));
    if (button instanceof HTMLButtonElement) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await submit(values);
    } catch (error) {
      showFailure(form, feedback, error);
    } finally {
      if (button instanceof HTMLButtonElement) button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}

function showFailure(form: HTMLFormElement, feedback: HTMLDivElement, error: unknown): void {
  const general: string[] = [];
  let first: HTMLInputElement | undefined;
  for (const issue of error instanceof ApiProblem ? error.issues : []) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(issue.path)}"]`);
    if (input) {
      setFieldError(input, issue.message);
      first ??= input;
    } else {
      general.push(issue.message);
    }
  }
  if (first) {
    first.focus();
    return;
  }
  const box = errorBox(
    error instanceof ApiProblem && error.status === 401 ? 'Could not log in' : 'Something went wrong',
    error,
  );
  if (general.length > 0) box.append(h('ul', {}, ...general.map((message) => h('li', {}, message))));
  replaceChildren(feedback, box);
  feedback.focus();
}

/** Logs in and keeps the session for this tab, then goes where the visitor was headed. */
export async function logIn(api: ApiClient, email: string, password: string): Promise<void> {
  const issued = await api.post('/api/v1/auth/login', { email, password }, tokenSchema);
  signIn({ token: issued.token, expiresAt: issued.expiresAt, email: email.trim() });
  window.location.replace(safeNextPath(new URLSearchParams(window.location.search).get('next')));
}
