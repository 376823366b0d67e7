/**
 * Runs every benchmark in this folder one after another, each in its own process (they measure processes and must
 * not share one), printing each one's output under its name. Names given as arguments pick some:
 *
 *   npm run bench                  # all of them (the media ones take minutes)
 *   npm run bench -- pipeline api  # pipeline.bench.ts and api.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const SUFFIX = '.bench.ts';
const available = readdirSync(folder)
  .filter((file) => file.endsWith(SUFFIX))
  .map((file) => file.slice(0, -SUFFIX.length))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; there are: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n## ${name}`);
  const run = spawnSync(process.execPath, [`${folder}${name}${SUFFIX}`], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${name} failed (${run.signal ?? `exit ${run.status}`})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
