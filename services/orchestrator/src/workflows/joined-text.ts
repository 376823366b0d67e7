import type { JsonObject } from '@contentflow/platform';

export interface JoinedTextOptions {
  /** Names the states (`Start<name>`, `<name>ItemLeft`, …); unique in the machine. */
  name: string;
  /** Path of the opening text. */
  first: string;
  /** Path of an array of objects, and the text field of each, read in turn. */
  items: { path: string; field: string };
  /** Path of the closing text, if any. */
  last?: string;
  /** Where `{text}` goes. */
  resultPath: string;
  next: string;
}

/**
 * States that join texts with spaces into `{text}` at `resultPath`: the first, each item's field, then the last.
 * ASL has no string join, so it is a loop of States.Format, one item at a time. Enter at `Start<name>`.
 */
export function joinedText(options: JoinedTextOptions): Record<string, JsonObject> {
  const { name, resultPath } = options;
  const at = (field: string) => `${resultPath}.${field}`;
  return {
    [`Start${name}`]: {
      Type: 'Pass',
      Parameters: {
        'text.$': options.first,
        'items.$': `${options.items.path}[*].${options.items.field}`,
        index: 0,
        'count.$': `States.ArrayLength(${options.items.path})`,
      },
      ResultPath: resultPath,
      Next: `${name}ItemLeft`,
    },
    [`${name}ItemLeft`]: {
      Type: 'Choice',
      Choices: [{ Variable: at('index'), NumericLessThanPath: at('count'), Next: `Append${name}Item` }],
      Default: `Finish${name}`,
    },
    [`Append${name}Item`]: {
      Type: 'Pass',
      Parameters: {
        'text.$': `States.Format('{} {}', ${at('text')}, States.ArrayGetItem(${at('items')}, ${at('index')}))`,
        'items.$': at('items'),
        'index.$': `States.MathAdd(${at('index')}, 1)`,
        'count.$': at('count'),
      },
      ResultPath: resultPath,
      Next: `${name}ItemLeft`,
    },
    [`Finish${name}`]: {
      Type: 'Pass',
      Parameters: {
        'text.$': options.last ? `States.Format('{} {}', ${at('text')}, ${options.last})` : at('text'),
      },
      ResultPath: resultPath,
      Next: options.next,
    },
  };
}
