/**
 * Counts the SQL statements a process runs, by statement, and writes the counts (most run first) as JSON to
 * `$CONTENTFLOW_SQL_COUNTS_FILE` when the process exits. Preloaded into the system under a benchmark, it shows what a
 * job costs in statements, transactions and commits; divide by the jobs the benchmark ran:
 *
 *   CONTENTFLOW_SQL_COUNTS_FILE=/tmp/sql.json BENCH_SYSTEM_NODE_ARGS='--import ./bench/src/support/sql-statement-counts.ts' \
 *     node bench/src/pipeline-cpu.bench.ts 1000
 */
import { writeFileSync } from 'node:fs';
import { DatabaseSync, StatementSync } from 'node:sqlite';

const file = process.env['CONTENTFLOW_SQL_COUNTS_FILE'];
if (!file) throw new Error('set CONTENTFLOW_SQL_COUNTS_FILE to where the counts should go');

const counts = new Map<string, number>();
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const short = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 120);

const { exec } = DatabaseSync.prototype;
DatabaseSync.prototype.exec = function countedExec(this: DatabaseSync, sql: string) {
  count(`exec ${short(sql)}`);
  return exec.call(this, sql);
};
for (const method of ['run', 'get', 'all', 'iterate'] as const) {
  const original = StatementSync.prototype[method] as (...parameters: unknown[]) => unknown;
  Object.defineProperty(StatementSync.prototype, method, {
    value: function counted(this: StatementSync, ...parameters: unknown[]) {
      count(`${method} ${short(this.sourceSQL)}`);
      return original.apply(this, parameters);
    },
  });
}

process.on('exit', () => {
  writeFileSync(
    file,
    JSON.stringify(
      [...counts].sort((a, b) => b[1] - a[1]),
      null,
      1,
    ),
  );
});
