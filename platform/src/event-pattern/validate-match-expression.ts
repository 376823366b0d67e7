import type { PatternPath } from './invalid-event-pattern-error.ts';
import { CidrSyntaxError, type IpRange, parseCidr } from './ip-address.ts';
import {
  type AnythingBut,
  COMPARABLE_NUMBER_LIMIT,
  type Condition,
  type NumericBound,
  type NumericRange,
} from './pattern-conditions.ts';
import { invalidAt, nodeText, type PatternMember, type PatternNode } from './pattern-node.ts';
import { parseWildcardPattern, type WildcardPattern, WildcardSyntaxError } from './wildcard-pattern.ts';

type ObjectNode = Extract<PatternNode, { kind: 'object' }>;

/** Validates one `{ "operator": ... }` element of a field's array. Messages follow EventBridge's. */
export function validateMatchExpression(expression: ObjectNode, path: PatternPath): Condition {
  const [operator, ...extra] = expression.members;
  if (operator === undefined) throw invalidAt('Match expression name not found', path, expression);
  const condition = validateOperator(operator, [...path, operator.key]);
  const [surplus] = extra;
  if (surplus !== undefined) throw onlyOneKey(path, surplus);
  return condition;
}

function validateOperator({ key, value }: PatternMember, path: PatternPath): Condition {
  switch (key) {
    case 'prefix':
    case 'suffix':
      return value.kind === 'object'
        ? { kind: key, value: validateIgnoreCaseAffix(key, value, path), ignoreCase: true }
        : { kind: key, value: requireString(value, `${key} match pattern must be a string`, path), ignoreCase: false };
    case 'equals-ignore-case':
      return { kind: key, value: requireString(value, 'equals-ignore-case match pattern must be a string', path) };
    case 'wildcard':
      return { kind: key, pattern: validateWildcard(value, path) };
    case 'numeric':
      return { kind: key, range: validateNumeric(value, path) };
    case 'cidr':
      return { kind: key, range: validateCidr(value, path) };
    case 'exists':
      if (value.kind !== 'boolean') throw invalidAt('exists match pattern must be either true or false.', path, value);
      return { kind: key, exists: value.value };
    case 'anything-but':
      return { kind: key, except: validateAnythingBut(value, path) };
    default:
      throw invalidAt(`Unrecognized match type ${key}`, path, value);
  }
}

/** `{ "prefix": { "equals-ignore-case": "..." } }` and the same for suffix. */
function validateIgnoreCaseAffix(operator: 'prefix' | 'suffix', value: ObjectNode, path: PatternPath): string {
  const [inner, ...extra] = value.members;
  const name = operator === 'prefix' ? 'Prefix' : 'Suffix';
  if (inner === undefined) throw invalidAt(`${name} expression name not found`, path, value);
  if (inner.key !== 'equals-ignore-case') {
    throw invalidAt(`Unsupported ${operator} pattern: ${inner.key}`, [...path, inner.key], inner.value);
  }
  const text = requireString(inner.value, 'equals-ignore-case match pattern must be a string', [...path, inner.key]);
  const [surplus] = extra;
  if (surplus !== undefined) throw onlyOneKey(path, surplus);
  return text;
}

function validateWildcard(value: PatternNode, path: PatternPath): WildcardPattern {
  const text = requireString(value, 'wildcard match pattern must be a string', path);
  try {
    return parseWildcardPattern(text);
  } catch (error) {
    if (error instanceof WildcardSyntaxError) throw invalidAt(error.message, path, value);
    throw error;
  }
}

function validateCidr(value: PatternNode, path: PatternPath): IpRange {
  const text = requireString(value, 'cidr match pattern must be a string', path);
  try {
    return parseCidr(text);
  } catch (error) {
    if (error instanceof CidrSyntaxError) throw invalidAt(error.message, path, value);
    throw error;
  }
}

/**
 * `[op, n]` or a range `[">" | ">=", low, "<" | "<=", high]`: a lower bound may only be followed by an
 * upper one, which is why `[">", 0, ">", 5]` is rejected.
 */
function validateNumeric(value: PatternNode, path: PatternPath): NumericRange {
  if (value.kind !== 'array') throw invalidAt('Value of numeric must be an array.', path, value);
  const [operator, operand, ...rest] = value.items;
  const at = (index: number) => [...path, index];
  if (operator?.kind !== 'string') {
    throw invalidAt(`Invalid member in numeric match: ${nodeText(operator)}`, at(0), operator ?? value);
  }
  const bound = (inclusive: boolean): NumericBound => ({
    value: requireNumericOperand(operand, operator.value === '=' ? 'equals' : operator.value, at(1), value),
    inclusive,
  });
  switch (operator.value) {
    case '=': {
      const equal = bound(true);
      requireEnd(rest, 'Too many elements in numeric expression', at(2));
      return { lower: equal, upper: equal };
    }
    case '<':
    case '<=': {
      const upper = bound(operator.value === '<=');
      requireEnd(rest, 'Too many elements in numeric expression', at(2));
      return { upper };
    }
    case '>':
    case '>=': {
      const lower = bound(operator.value === '>=');
      return rest.length === 0 ? { lower } : { lower, upper: validateUpperBound(lower, rest, value, at) };
    }
    default:
      throw invalidAt(`Unrecognized numeric range operator: ${operator.value}`, at(0), operator);
  }
}

function validateUpperBound(
  lower: NumericBound,
  [operator, operand, ...rest]: readonly PatternNode[],
  numeric: PatternNode,
  at: (index: number) => PatternPath,
): NumericBound {
  if (operator?.kind !== 'string') throw invalidAt(`Bad value in numeric range: ${nodeText(operator)}`, at(2), numeric);
  if (operator.value !== '<' && operator.value !== '<=') {
    throw invalidAt(`Bad numeric range operator: ${operator.value}`, at(2), operator);
  }
  const upper = {
    value: requireNumericOperand(operand, operator.value, at(3), numeric),
    inclusive: operator.value === '<=',
  };
  requireEnd(rest, 'Too many terms in numeric range expression', at(4));
  if (upper.value <= lower.value) throw invalidAt('Bottom must be less than top', at(3), numeric);
  return upper;
}

function requireNumericOperand(
  node: PatternNode | undefined,
  operator: string,
  path: PatternPath,
  around: PatternNode,
): number {
  if (node?.kind !== 'number') throw invalidAt(`Value of ${operator} must be numeric`, path, node ?? around);
  return requireComparable(node.value, path, node);
}

function requireComparable(value: number, path: PatternPath, node: PatternNode): number {
  if (Math.abs(value) > COMPARABLE_NUMBER_LIMIT)
    throw invalidAt('Value must be between -5.0E9 and 5.0E9, inclusive', path, node);
  return value;
}

function requireEnd(rest: readonly PatternNode[], reason: string, path: PatternPath): void {
  const [surplus] = rest;
  if (surplus !== undefined) throw invalidAt(reason, path, surplus);
}

/**
 * `anything-but` takes a string, a number, a list of only strings or only numbers, or one of
 * `prefix`, `suffix`, `equals-ignore-case`, `wildcard` with a string or a list of strings.
 */
function validateAnythingBut(value: PatternNode, path: PatternPath): AnythingBut {
  switch (value.kind) {
    case 'string':
      return { kind: 'strings', values: [value.value] };
    case 'number':
      return { kind: 'numbers', values: [requireComparable(value.value, path, value)] };
    case 'array':
      return validateAnythingButList(value.items, path, value);
    case 'object':
      return validateAnythingButOperator(value, path);
    default:
      throw invalidAt('Value of anything-but must be an array or single string/number value.', path, value);
  }
}

function validateAnythingButList(items: readonly PatternNode[], path: PatternPath, list: PatternNode): AnythingBut {
  if (items.length === 0) throw invalidAt('Empty arrays are not allowed', path, list);
  const strings: string[] = [];
  const numbers: number[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'string') strings.push(item.value);
    else if (item.kind === 'number') numbers.push(requireComparable(item.value, [...path, index], item));
    else throw invalidAt('Inside anything but list, start|null|boolean is not supported.', [...path, index], item);
  });
  if (strings.length > 0 && numbers.length > 0) {
    throw invalidAt(
      'Inside anything but list, either all values are number or string, mixed type is not supported',
      path,
      list,
    );
  }
  return strings.length > 0 ? { kind: 'strings', values: strings } : { kind: 'numbers', values: numbers };
}

const ANYTHING_BUT_OPERATOR_ERRORS = {
  prefix: 'prefix/suffix match pattern must be a string',
  suffix: 'prefix/suffix match pattern must be a string',
  'equals-ignore-case': 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  wildcard: 'wildcard match pattern must be a string',
} as const;

function validateAnythingButOperator(value: ObjectNode, path: PatternPath): AnythingBut {
  const [operator, ...extra] = value.members;
  if (operator === undefined) throw invalidAt('Anything-But expression name not found', path, value);
  const kind = operator.key;
  const operatorPath = [...path, kind];
  if (!isAnythingButOperator(kind)) throw invalidAt(`Unsupported anything-but pattern: ${kind}`, operatorPath, value);
  const operand = operator.value;
  if (operand.kind !== 'array' && operand.kind !== 'string' && operand.kind !== 'number') {
    throw invalidAt('Value of anything-but must be an array or single string/number value.', operatorPath, operand);
  }
  const elements =
    operand.kind === 'array'
      ? operand.items.map((node, index) => ({ node, path: [...operatorPath, index] }))
      : [{ node: operand, path: operatorPath }];
  const except: AnythingBut =
    kind === 'wildcard'
      ? { kind, patterns: elements.map((element) => validateWildcard(element.node, element.path)) }
      : { kind, values: elements.map((element) => validateAnythingButString(kind, element.node, element.path)) };
  const [surplus] = extra;
  if (surplus !== undefined) throw onlyOneKey(path, surplus);
  return except;
}

function validateAnythingButString(
  kind: 'prefix' | 'suffix' | 'equals-ignore-case',
  node: PatternNode,
  path: PatternPath,
): string {
  const text = requireString(node, ANYTHING_BUT_OPERATOR_ERRORS[kind], path);
  if (text === '' && kind !== 'equals-ignore-case') throw invalidAt('Null prefix/suffix not allowed', path, node);
  return text;
}

function isAnythingButOperator(key: string): key is keyof typeof ANYTHING_BUT_OPERATOR_ERRORS {
  return Object.hasOwn(ANYTHING_BUT_OPERATOR_ERRORS, key);
}

function requireString(node: PatternNode, reason: string, path: PatternPath): string {
  if (node.kind !== 'string') throw invalidAt(reason, path, node);
  return node.value;
}

function onlyOneKey(path: PatternPath, surplus: PatternMember) {
  return invalidAt('Only one key allowed in match expression', [...path, surplus.key], surplus.value);
}
