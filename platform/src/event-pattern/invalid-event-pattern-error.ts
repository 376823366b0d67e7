/** A step from a pattern's root to the node an error is about: an object key or an array index. */
export type PatternPath = readonly (string | number)[];

/** Where in the pattern a problem was found; line and column are known when the pattern was given as JSON text. */
export interface PatternErrorLocation {
  readonly path: PatternPath;
  readonly line?: number;
  readonly column?: number;
}

/**
 * EventBridge's `InvalidEventPatternException`. `reason` keeps EventBridge's wording where it is accurate,
 * so a message can be searched for; the location says where the problem is.
 */
export class InvalidEventPatternError extends Error {
  override name = 'InvalidEventPatternError';
  readonly reason: string;
  readonly location: PatternErrorLocation;

  constructor(reason: string, location: PatternErrorLocation = { path: [] }) {
    super(describe(reason, location));
    this.reason = reason;
    this.location = location;
  }
}

function describe(reason: string, { path, line, column }: PatternErrorLocation): string {
  const where = [
    ...(path.length > 0 ? [`at ${formatPatternPath(path)}`] : []),
    ...(line === undefined ? [] : [`line ${line}, column ${column}`]),
  ];
  return `Event pattern is not valid. Reason: ${reason}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `detail["state.status"][0].prefix`: brackets where a key would be ambiguous after a dot. */
function formatPatternPath(path: PatternPath): string {
  return path
    .map((step, index) => {
      if (typeof step === 'number') return `[${step}]`;
      if (PLAIN_KEY.test(step)) return index === 0 ? step : `.${step}`;
      return `[${JSON.stringify(step)}]`;
    })
    .join('');
}
