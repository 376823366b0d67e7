import { TaskError } from '../engine/task-error.ts';

/** The TaskError a task's promise rejects with; throws (failing the test) if it resolves or rejects otherwise. */
export async function taskFailure(promise: Promise<unknown>): Promise<TaskError> {
  try {
    await promise;
  } catch (caught) {
    if (caught instanceof TaskError) return caught;
    throw new Error('the task failed, but not with a TaskError', { cause: caught });
  }
  throw new Error('the task succeeded; a TaskError was expected');
}
