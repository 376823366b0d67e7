import { h } from '../dom.ts';

export interface TagInput {
  element: HTMLDivElement;
  input: HTMLInputElement;
  read(): string[];
  write(tags: readonly string[]): void;
}

export interface TagInputOptions {
  id: string;
  label: string;
  maxItems: number | undefined;
  itemMaxLength: number | undefined;
}

/**
 * A list of short strings typed one at a time: Enter or comma adds the entry, Backspace in the empty box removes the
 * last one, each entry has a remove button. Text still in the box counts as an entry when the form reads it.
 */
export function tagInput(options: TagInputOptions): TagInput {
  let tags: string[] = [];
  const list = h('ul', { class: 'tags__list', 'aria-label': `${options.label}: entries` });
  const input = h('input', {
    id: options.id,
    class: 'tags__input',
    type: 'text',
    autocomplete: 'off',
    maxlength: options.itemMaxLength,
    placeholder: 'Type and press Enter',
  });

  const render = (): void => {
    list.replaceChildren(
      ...tags.map((tag, index) => {
        const remove = h('button', { type: 'button', class: 'tag__remove', 'aria-label': `Remove ${tag}` }, '×');
        remove.addEventListener('click', () => {
          tags = tags.filter((_, i) => i !== index);
          render();
          input.focus();
        });
        return h('li', { class: 'tag' }, h('span', {}, tag), remove);
      }),
    );
    list.hidden = tags.length === 0;
  };

  const commit = (): void => {
    const value = input.value.trim();
    const full = options.maxItems !== undefined && tags.length >= options.maxItems;
    if (value !== '' && !tags.includes(value) && !full) tags = [...tags, value];
    input.value = '';
    render();
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && input.value === '' && tags.length > 0) {
      tags = tags.slice(0, -1);
      render();
    }
  });
  input.addEventListener('blur', commit);

  render();
  return {
    element: h('div', { class: 'tags' }, list, input),
    input,
    read() {
      commit();
      return [...tags];
    },
    write(next) {
      tags = [...next];
      input.value = '';
      render();
    },
  };
}
