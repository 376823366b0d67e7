import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/repo-paths.ts';

/**
 * The patterns of a Dockerfile's ignore file (a repository-relative path), so the build context CDK stages and a
 * plain `docker build` see the same files.
 */
export function dockerignorePatterns(file: string): string[] {
  return readFileSync(join(REPO_ROOT, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
