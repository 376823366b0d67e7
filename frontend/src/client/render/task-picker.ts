import type { EngineCatalog } from '../../lib/api/resources.ts';
import { formatName } from '../../lib/content/preview-kind.ts';
import { engineName } from '../../lib/engines.ts';
import { humanize } from '../../lib/text/labels.ts';
import { h } from '../dom.ts';
import { optionCard } from './option-card.ts';

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
          h(
            'div',
            { class: 'task-options' },
            ...engine.tasks.map((task) =>
              optionCard({
                group: 'task',
                value: task.key,
                title: task.title,
                description: task.description,
                footnote: `Makes: ${humanize(task.produces.kind).toLowerCase()} · ${formatName(task.produces.mimeType)}`,
                checked: task.key === selected,
              }),
            ),
          ),
        ),
      ),
  );
}
