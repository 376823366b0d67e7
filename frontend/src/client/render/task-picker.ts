import type { EngineCatalog, TaskDescription } from '../../lib/api/resources.ts';
import { formatName } from '../../lib/content/preview-kind.ts';
import { engineName } from '../../lib/engines.ts';
import { humanize } from '../../lib/text/labels.ts';
import { h } from '../dom.ts';

function taskOption(task: TaskDescription, checked: boolean): HTMLDivElement {
  const id = `task-${task.key.replace(/[^\w-]/g, '-')}`;
  // The radio is named by the title alone and described by the rest, so a screen reader reads the list briefly;
  // the label's ::after stretches over the card, so the whole card is the click target.
  return h(
    'div',
    { class: 'task-card' },
    h('input', { type: 'radio', id, name: 'task', value: task.key, checked, 'aria-describedby': `${id}-about` }),
    h('label', { for: id, class: 'task-card__title' }, task.title),
    h(
      'span',
      { class: 'task-card__about', id: `${id}-about` },
      h('span', { class: 'task-card__description' }, task.description),
      h(
        'span',
        { class: 'task-card__produces' },
        `Makes: ${humanize(task.produces.kind).toLowerCase()} · ${formatName(task.produces.mimeType)}`,
      ),
    ),
  );
}

/** Radio cards for every task, grouped by engine (a fieldset each, so the engine is read with its tasks). */
export function taskPicker(catalog: EngineCatalog, selected: string | undefined): HTMLElement {
  return h(
    'div',
    { class: 'task-groups' },
    ...catalog.engines
      .filter((engine) => engine.tasks.length > 0)
      .map((engine) =>
        h(
          'fieldset',
          { class: 'task-group' },
          h('legend', {}, engineName(engine.engine)),
          h('div', { class: 'task-options' }, ...engine.tasks.map((task) => taskOption(task, task.key === selected))),
        ),
      ),
  );
}
