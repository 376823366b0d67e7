import { h } from '../dom.ts';

export interface OptionCard {
  /** The radio group's name. */
  group: string;
  value: string;
  title: string;
  description: string;
  /** A last line in small print: what it makes, or its steps. */
  footnote: string;
  checked: boolean;
}

/**
 * A radio button as a card. The radio is named by the title alone and described by the rest, so a screen reader
 * reads the list briefly; the label's ::after stretches over the card, so the whole card is the click target.
 */
export function optionCard(option: OptionCard): HTMLDivElement {
  const id = `${option.group}-${option.value.replace(/[^\w-]/g, '-')}`;
  return h(
    'div',
    { class: 'task-card' },
    h('input', {
      type: 'radio',
      id,
      name: option.group,
      value: option.value,
      checked: option.checked,
      'aria-describedby': `${id}-about`,
    }),
    h('label', { for: id, class: 'task-card__title' }, option.title),
    h(
      'span',
      { class: 'task-card__about', id: `${id}-about` },
      h('span', { class: 'task-card__description' }, option.description),
      h('span', { class: 'task-card__produces' }, option.footnote),
    ),
  );
}
