import { CliError } from '../cli-error.ts';

/** Exit status of a watch the user interrupted (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * Runs a watch that Ctrl-C stops without stopping the work it watches: the watch's signal aborts, and the user is
 * told how to look again (`lookAgain`, e.g. `contentflow jobs get <id>`).
 */
export async function interruptibleWatch<T>(
  what: string,
  lookAgain: string,
  watch: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const interrupted = new AbortController();
  const onInterrupt = () => interrupted.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await watch(interrupted.signal);
  } catch (error) {
    if (!interrupted.signal.aborted) throw error;
    throw new CliError(`stopped watching; ${what} goes on: \`${lookAgain}\``, EXIT_INTERRUPTED);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
