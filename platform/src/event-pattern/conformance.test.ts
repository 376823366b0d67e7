import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSON5 from 'json5';
import { describe, expect, test } from 'vitest';
import { compileEventPattern, InvalidEventPatternError } from './index.ts';

/**
 * EventBridge's own answers (via LocalStack's AWS-validated cases), read unchanged from shared/.
 * `name.json5` must match, `name_NEG.json5` must not, `name_EXC.json5` must be rejected as invalid.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const conformanceDir =
  process.env['CONTENTFLOW_CONFORMANCE_DIR'] ?? join(repoRoot, '..', 'shared', 'conformance', 'eventbridge-patterns');

// 155 single-file cases, the two-file duplicate-key case and the README.
const EXPECTED_CASE_FILES = 157;
const MULTI_KEY_EVENT = 'complex_multi_key_event.json';
const MULTI_KEY_PATTERN = 'complex_multi_key_event_pattern.json';

type Expectation = 'match' | 'no match' | 'invalid';

interface ConformanceCase {
  readonly name: string;
  readonly expectation: Expectation;
  readonly event: unknown;
  /** An object, or JSON text when the case depends on how text is read (repeated keys). */
  readonly pattern: unknown;
}

function listCaseFiles(): string[] {
  try {
    return readdirSync(conformanceDir).filter((file) => file !== 'README.md');
  } catch {
    return [];
  }
}

const caseFiles = listCaseFiles();

function expectationOf(name: string): Expectation {
  if (name.endsWith('_EXC')) return 'invalid';
  return name.endsWith('_NEG') ? 'no match' : 'match';
}

function readCase(file: string): ConformanceCase {
  const name = file.replace(/\.json5$/, '');
  const { Event, EventPattern } = JSON5.parse<{ Event: unknown; EventPattern: unknown }>(
    readFileSync(join(conformanceDir, file), 'utf8'),
  );
  return { name, expectation: expectationOf(name), event: Event, pattern: EventPattern };
}

function readMultiKeyCase(): ConformanceCase {
  return {
    name: 'complex_multi_key_event',
    expectation: 'match',
    event: JSON.parse(readFileSync(join(conformanceDir, MULTI_KEY_EVENT), 'utf8')),
    pattern: readFileSync(join(conformanceDir, MULTI_KEY_PATTERN), 'utf8'),
  };
}

const cases: ConformanceCase[] = [
  ...caseFiles.filter((file) => file.endsWith('.json5')).map(readCase),
  ...(caseFiles.includes(MULTI_KEY_EVENT) && caseFiles.includes(MULTI_KEY_PATTERN) ? [readMultiKeyCase()] : []),
];

describe('EventBridge pattern conformance', () => {
  test('the conformance folder holds every case file, and only case files', () => {
    expect(caseFiles.length, `case files in ${conformanceDir}`).toBeGreaterThanOrEqual(EXPECTED_CASE_FILES);
    const unknown = caseFiles.filter(
      (file) => !file.endsWith('.json5') && file !== MULTI_KEY_EVENT && file !== MULTI_KEY_PATTERN,
    );
    expect(unknown).toEqual([]);
    expect(cases).toHaveLength(caseFiles.length - 1);
  });

  test.each(cases)('$name: $expectation', ({ expectation, event, pattern }) => {
    if (expectation === 'invalid') {
      expect(() => compileEventPattern(pattern)).toThrow(InvalidEventPatternError);
      return;
    }
    expect(compileEventPattern(pattern).matches(event)).toBe(expectation === 'match');
  });
});
