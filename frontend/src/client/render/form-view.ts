import type {
  ChoiceField,
  FormField,
  GroupField,
  NumberField,
  TextField,
  ValueField,
} from '../../lib/forms/form-fields.ts';
import { describeConstraints } from '../../lib/forms/form-fields.ts';
import type { FieldIssue, FormValues, RawValue } from '../../lib/forms/form-values.ts';
import { splitInlineCode } from '../../lib/text/labels.ts';
import { type Child, h, setAttribute } from '../dom.ts';
import { tagInput } from './tag-input.ts';

/** The generated controls of a task's form. */
export interface FormView {
  element: HTMLElement;
  values(): Map<string, RawValue>;
  setValues(values: FormValues): void;
  /** Shows these issues next to their fields (clearing earlier ones) and returns the first invalid control. */
  showIssues(issues: readonly FieldIssue[]): HTMLElement | undefined;
}

interface Control {
  element: HTMLElement;
  focusTarget: HTMLElement;
  read(): RawValue;
  write(value: RawValue): void;
  setError(message: string | undefined): void;
}

type Slot = { kind: 'value'; control: Control } | { kind: 'group'; setError(message: string | undefined): void };

/** JSON editors grow with their content up to this many lines before they scroll. */
const MAX_EDITOR_ROWS = 16;

function domId(prefix: string, key: string): string {
  return `${prefix}-${(key || 'input').replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Description with `code` shown as code, then the field's limits; undefined when there is nothing to say. */
function hint(id: string, field: FormField): HTMLElement | undefined {
  const parts: Child[] = [];
  for (const run of splitInlineCode(field.description ?? '')) {
    parts.push(run.code ? h('code', {}, run.text) : run.text);
  }
  const limits = describeConstraints(field);
  if (limits !== undefined) parts.push(parts.length > 0 ? ` ${limits}` : limits);
  return parts.length === 0 ? undefined : h('p', { class: 'field__hint', id }, ...parts);
}

function labelText(field: FormField): Child[] {
  return [field.label, !field.required && h('span', { class: 'field__optional' }, 'optional')];
}

function errorSlot(id: string): { element: HTMLParagraphElement; set(message: string | undefined): void } {
  const element = h('p', { class: 'field__error', id, hidden: true });
  return {
    element,
    set(message) {
      element.textContent = message ?? '';
      element.hidden = message === undefined;
    },
  };
}

function textControl(field: TextField, id: string): HTMLInputElement | HTMLTextAreaElement {
  const attributes = {
    id,
    name: field.key,
    maxlength: field.maxLength,
    spellcheck: String(field.inputType === 'text'),
  };
  if (!field.multiline) return h('input', { ...attributes, type: field.inputType, autocomplete: 'off' });
  return h('textarea', { ...attributes, rows: (field.maxLength ?? Number.POSITIVE_INFINITY) > 2000 ? 8 : 4 });
}

function numberControl(field: NumberField, id: string): HTMLInputElement {
  return h('input', {
    id,
    name: field.key,
    type: 'number',
    inputmode: field.integer ? 'numeric' : 'decimal',
    step: field.integer ? 1 : 'any',
    min: field.minimum,
    max: field.maximum,
    placeholder: field.defaultValue === undefined ? undefined : `Default ${field.defaultValue}`,
  });
}

function choiceControl(field: ChoiceField, id: string): HTMLSelectElement {
  const select = h('select', { id, name: field.key });
  if (field.defaultValue === undefined)
    select.append(h('option', { value: '' }, field.required ? 'Choose…' : 'Not set'));
  field.options.forEach((option, index) => {
    const isDefault = option.value === field.defaultValue;
    select.append(h('option', { value: String(index) }, isDefault ? `${option.label} (default)` : option.label));
  });
  return select;
}

function jsonControl(field: ValueField, id: string): HTMLTextAreaElement {
  const editor = h('textarea', { id, name: field.key, class: 'code', spellcheck: 'false', rows: 4 });
  editor.addEventListener('input', () => fitRows(editor));
  return editor;
}

function fitRows(editor: HTMLTextAreaElement): void {
  editor.rows = Math.min(MAX_EDITOR_ROWS, Math.max(4, editor.value.split('\n').length));
}

function describe(control: HTMLElement, ids: ReadonlyArray<string | undefined>): void {
  const present = ids.filter((id): id is string => id !== undefined);
  if (present.length > 0) control.setAttribute('aria-describedby', present.join(' '));
}

/** The control proper: what it reads and writes, and where focus goes to correct it. */
type Input = Omit<Control, 'setError'>;

function input(field: ValueField, id: string, wrap: (control: HTMLElement, focusTarget: HTMLElement) => HTMLElement) {
  switch (field.kind) {
    case 'toggle': {
      const box = h('input', { id, name: field.key, type: 'checkbox' });
      return {
        element: wrap(box, box),
        focusTarget: box,
        read: () => box.checked,
        write: (value: RawValue) => {
          box.checked = value === true;
        },
      } satisfies Input;
    }
    case 'tags': {
      const tags = tagInput({ id, label: field.label, maxItems: field.maxItems, itemMaxLength: field.itemMaxLength });
      return {
        element: wrap(tags.element, tags.input),
        focusTarget: tags.input,
        read: () => tags.read(),
        write: (value: RawValue) => tags.write(Array.isArray(value) ? value : []),
      } satisfies Input;
    }
    default: {
      const control =
        field.kind === 'text'
          ? textControl(field, id)
          : field.kind === 'number'
            ? numberControl(field, id)
            : field.kind === 'choice'
              ? choiceControl(field, id)
              : jsonControl(field, id);
      return {
        element: wrap(control, control),
        focusTarget: control,
        read: () => control.value,
        write: (value: RawValue) => {
          control.value = typeof value === 'string' ? value : '';
          if (control instanceof HTMLTextAreaElement && field.kind === 'json') fitRows(control);
        },
      } satisfies Input;
    }
  }
}

function valueControl(field: ValueField, prefix: string): Control {
  const id = domId(prefix, field.key);
  const hintElement = hint(`${id}-hint`, field);
  const error = errorSlot(`${id}-error`);
  const wrap = (control: HTMLElement, focusTarget: HTMLElement): HTMLElement => {
    describe(focusTarget, [hintElement?.id, error.element.id]);
    if (field.required) focusTarget.setAttribute('aria-required', 'true');
    const label = h('label', { for: id, class: 'field__label' }, ...labelText(field));
    return field.kind === 'toggle'
      ? h('div', { class: 'field field--toggle', 'data-key': field.key }, control, label, hintElement, error.element)
      : h('div', { class: 'field', 'data-key': field.key }, label, hintElement, control, error.element);
  };
  const control = input(field, id, wrap);
  return {
    ...control,
    setError(message) {
      setAttribute(control.focusTarget, 'aria-invalid', message !== undefined);
      error.set(message);
    },
  };
}

function groupElement(field: GroupField, prefix: string, slots: Map<string, Slot>): HTMLElement {
  const id = domId(prefix, field.key);
  const error = errorSlot(`${id}-error`);
  slots.set(field.key, { kind: 'group', setError: error.set });
  const children = field.fields.map((child) => fieldElement(child, prefix, slots));
  const hintElement = hint(`${id}-hint`, field);
  if (field.required) {
    return h(
      'fieldset',
      { class: 'group' },
      h('legend', { class: 'group__legend' }, field.label),
      hintElement,
      error.element,
      ...children,
    );
  }
  // Optional groups (a brand kit, music settings) start folded, so the form shows what is needed first.
  return h(
    'details',
    { class: 'group' },
    h('summary', { class: 'group__summary' }, ...labelText(field)),
    h(
      'fieldset',
      { class: 'group__body' },
      h('legend', { class: 'visually-hidden' }, field.label),
      hintElement,
      error.element,
      ...children,
    ),
  );
}

function fieldElement(field: FormField, prefix: string, slots: Map<string, Slot>): HTMLElement {
  if (field.kind === 'group') return groupElement(field, prefix, slots);
  const control = valueControl(field, prefix);
  slots.set(field.key, { kind: 'value', control });
  return control.element;
}

/** Builds the controls for `fields`; ids start with `prefix` so two forms on a page cannot collide. */
export function formView(fields: readonly FormField[], prefix: string): FormView {
  const slots = new Map<string, Slot>();
  const element = h('div', { class: 'stack' }, ...fields.map((field) => fieldElement(field, prefix, slots)));
  const controls = (): Array<[string, Control]> =>
    [...slots].flatMap(([key, slot]) => (slot.kind === 'value' ? [[key, slot.control] as [string, Control]] : []));

  return {
    element,
    values: () => new Map(controls().map(([key, control]) => [key, control.read()])),
    setValues(values) {
      for (const [key, control] of controls()) control.write(values.get(key) ?? '');
    },
    showIssues(issues) {
      const messages = new Map<string, string[]>();
      for (const issue of issues) messages.set(issue.key, [...(messages.get(issue.key) ?? []), issue.message]);
      let first: HTMLElement | undefined;
      for (const [key, slot] of slots) {
        const message = messages.get(key)?.join(' ');
        if (slot.kind === 'group') {
          slot.setError(message);
          continue;
        }
        slot.control.setError(message);
        if (message !== undefined) {
          // A field inside a folded group must be visible to be corrected.
          const folded = slot.control.element.closest('details');
          if (folded) folded.open = true;
          first ??= slot.control.focusTarget;
        }
      }
      return first;
    },
  };
}
