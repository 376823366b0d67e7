import { InvalidEventPatternError, type PatternPath } from './invalid-event-pattern-error.ts';
import type { Condition, PatternBranch } from './pattern-conditions.ts';
import { invalidAt, type PatternNode } from './pattern-node.ts';
import { validateMatchExpression } from './validate-match-expression.ts';
import { TOO_COMPLEX, wildcardComplexityExceeded } from './wildcard-complexity.ts';
import type { WildcardPattern } from './wildcard-pattern.ts';

type ObjectNode = Extract<PatternNode, { kind: 'object' }>;
type ArrayNode = Extract<PatternNode, { kind: 'array' }>;
type MutableBranch = Map<string, readonly Condition[]>;

const OR = '$or';

/** Operator names (and names kept for future operators) that EventBridge refuses as field names inside `$or`. */
const RESERVED_IN_OR = new Set([
  'exactly',
  'equals-ignore-case',
  'prefix',
  'suffix',
  'anything-but',
  'exists',
  'wildcard',
  'numeric',
  'cidr',
  '=',
  '<',
  '<=',
  '>',
  '>=',
  'regex',
  'not-wildcard',
  'not-equals-ignore-case',
  'date-after',
  'date-on-or-after',
  'date-before',
  'date-on-or-before',
  'in-date-range',
  'ip-address-in-range',
  'ip-address-not-in-range',
]);

/**
 * Validates a pattern the way EventBridge does and returns its branches.
 *
 * Members are read in order, like EventBridge's streaming parser: nested keys are joined with dots (so
 * `{"a": {"b": [..]}}` and `{"a.b": [..]}` name the same field), a field written again replaces the earlier
 * one, an object written again under the same key adds its fields, and `$or` forks every branch built so far.
 */
export function validateEventPattern(root: PatternNode): readonly PatternBranch[] {
  if (root.kind !== 'object') throw invalidAt('Filter is not an object', [], root);
  const branches: MutableBranch[] = [];
  readObject(root, { names: [], path: [], insideOr: false }, branches);
  rejectComplexWildcards(branches);
  return branches;
}

interface Scope {
  /** Field-name parts so far; joined with dots they name the field. */
  readonly names: readonly string[];
  /** Where in the pattern we are, for messages. */
  readonly path: PatternPath;
  readonly insideOr: boolean;
}

function readObject(node: ObjectNode, scope: Scope, branches: MutableBranch[]): void {
  if (node.members.length === 0) throw invalidAt('Empty objects are not allowed', scope.path, node);
  for (const { key, value } of node.members) {
    const path = [...scope.path, key];
    if (key === OR) {
      readOr(value, { ...scope, path }, branches);
      continue;
    }
    if (scope.insideOr && RESERVED_IN_OR.has(key)) {
      throw invalidAt(`${key} is Ruler reserved fieldName which cannot be used inside ${OR}.`, path, value);
    }
    const names = [...scope.names, key];
    if (value.kind === 'object') readObject(value, { ...scope, names, path }, branches);
    else if (value.kind === 'array') writeField(names.join('.'), readMatchValues(value, path), branches);
    else throw invalidAt(`"${key}" must be an object or an array`, path, value);
  }
}

/** Each object in `$or` continues a copy of every branch built so far. */
function readOr(node: PatternNode, scope: Scope, branches: MutableBranch[]): void {
  if (node.kind !== 'array') throw invalidAt(`It must be an Array followed with ${OR}.`, scope.path, node);
  const before = branches.splice(0);
  node.items.forEach((item, index) => {
    const path = [...scope.path, index];
    if (item.kind !== 'object') {
      throw invalidAt(`Only JSON object is allowed in array of ${OR} relationship.`, path, item);
    }
    const forked = before.length === 0 ? [new Map()] : before.map((branch) => new Map(branch));
    readObject(item, { ...scope, path, insideOr: true }, forked);
    branches.push(...forked);
  });
  if (node.items.length < 2) {
    throw invalidAt(`There must have at least 2 Objects in ${OR} relationship.`, scope.path, node);
  }
}

function readMatchValues(node: ArrayNode, path: PatternPath): readonly Condition[] {
  if (node.items.length === 0) throw invalidAt('Empty arrays are not allowed', path, node);
  return node.items.map((item, index): Condition => {
    const itemPath = [...path, index];
    switch (item.kind) {
      case 'object':
        return validateMatchExpression(item, itemPath);
      case 'array':
        throw invalidAt('Match value must be String, number, true, false, or null', itemPath, item);
      case 'null':
        return { kind: 'exact', value: null };
      default:
        return { kind: 'exact', value: item.value };
    }
  });
}

function writeField(field: string, conditions: readonly Condition[], branches: MutableBranch[]): void {
  if (branches.length === 0) branches.push(new Map());
  for (const branch of branches) branch.set(field, conditions);
}

/**
 * EventBridge refuses wildcard sets whose matching could need too many simultaneous states. Fields of the
 * same name share one matcher across branches, so their wildcards are judged together.
 */
function rejectComplexWildcards(branches: readonly PatternBranch[]): void {
  const wildcardsByField = new Map<string, Map<string, WildcardPattern>>();
  for (const branch of branches) {
    for (const [field, conditions] of branch) {
      for (const condition of conditions) {
        if (condition.kind !== 'wildcard') continue;
        const patterns = wildcardsByField.get(field) ?? new Map();
        patterns.set(condition.pattern.source, condition.pattern);
        wildcardsByField.set(field, patterns);
      }
    }
  }
  for (const [field, patterns] of wildcardsByField) {
    if (wildcardComplexityExceeded([...patterns.values()])) {
      throw new InvalidEventPatternError(TOO_COMPLEX, { path: field.split('.') });
    }
  }
}
