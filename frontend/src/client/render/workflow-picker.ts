import type { WorkflowCatalog } from '../../lib/api/resources.ts';
import { stepsLine } from '../../lib/workflows.ts';
import { h } from '../dom.ts';
import { optionCard } from './option-card.ts';

/** Radio cards for every workflow, each with what it makes and its steps in order. */
export function workflowPicker(catalog: WorkflowCatalog, selected: string | undefined): HTMLElement {
  return h(
    'fieldset',
    { class: 'task-group' },
    h('legend', { class: 'visually-hidden' }, 'Packages'),
    h(
      'div',
      { class: 'task-options' },
      ...catalog.workflows.map((workflow) =>
        optionCard({
          group: 'workflow',
          value: workflow.name,
          title: workflow.title,
          description: workflow.description,
          footnote: `Steps: ${stepsLine(workflow.steps)}`,
          checked: workflow.name === selected,
        }),
      ),
    ),
  );
}
