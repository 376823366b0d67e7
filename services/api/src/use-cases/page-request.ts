import { InvalidCursorError, InvalidPageLimitError, type PageRequest } from '@contentflow/platform';
import { InvalidRequestError } from './use-case-errors.ts';

/** Only the paging fields that were given (the repositories take absent, not undefined, as "use the default"). */
export function pageRequest(input: { cursor?: string | undefined; limit?: number | undefined }): PageRequest {
  return {
    ...(input.cursor === undefined ? {} : { cursor: input.cursor }),
    ...(input.limit === undefined ? {} : { limit: input.limit }),
  };
}

/** A cursor that was altered, or taken from another listing, is the caller's mistake. */
export async function translatePageErrors<T>(list: () => Promise<T>): Promise<T> {
  try {
    return await list();
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new InvalidRequestError(error.message, [{ path: 'cursor', message: error.message }]);
    if (error instanceof InvalidPageLimitError)
      throw new InvalidRequestError(error.message, [{ path: 'limit', message: error.message }]);
    throw error;
  }
}
