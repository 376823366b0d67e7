import type { TaskContract } from '@contentflow/events';
import { InvalidRequestError } from './use-case-errors.ts';

/** `"a", "b"`, or `(none)`: the names a caller may pick from, for an error message. */
export function quoted(names: Iterable<string>): string {
  const list = [...names].map((name) => `"${name}"`);
  return list.length > 0 ? list.join(', ') : '(none)';
}

/** The contract for `engine.task`, or an error that names what the caller may use instead. */
export function findTaskContract(tasks: readonly TaskContract[], engine: string, task: string): TaskContract {
  const ofEngine = tasks.filter((contract) => contract.engine === engine);
  if (ofEngine.length === 0) {
    const message = `unknown engine "${engine}"; known engines: ${quoted(new Set(tasks.map((t) => t.engine)))}`;
    throw new InvalidRequestError(message, [{ path: 'engine', message }]);
  }
  const contract = ofEngine.find((candidate) => candidate.task === task);
  if (!contract) {
    const message = `engine "${engine}" has no task "${task}"; its tasks: ${quoted(ofEngine.map((t) => t.task))}`;
    throw new InvalidRequestError(message, [{ path: 'task', message }]);
  }
  return contract;
}
