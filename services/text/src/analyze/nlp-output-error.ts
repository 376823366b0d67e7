/** The NLP pipeline returned something its documented contract rules out; a bug or an incompatible upgrade. */
export class NlpOutputError extends Error {
  override readonly name = 'NlpOutputError';
}
