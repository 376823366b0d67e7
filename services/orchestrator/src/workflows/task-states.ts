import type { AslDefinition } from '@contentflow/platform';

/**
 * Task-state names by Resource, through Parallel branches: the states a local run overrides. (The Map states of
 * the definitions hold only Pass and Choice states, so Map processors need no search.)
 */
export function taskStates(states: AslDefinition['States'], resource: string): string[] {
  return Object.entries(states).flatMap(([name, state]) => {
    const branches = (state['Branches'] ?? []) as unknown as AslDefinition[];
    const nested = branches.flatMap((branch) => taskStates(branch.States, resource));
    return state['Type'] === 'Task' && state['Resource'] === resource ? [name, ...nested] : nested;
  });
}
