import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system, ms) of each thread of a process, summed by thread name, from /proc (Linux, 100 Hz). */
export function threadCpuMs(pid: number): Record<string, number> {
  const byName: Record<string, number> = {};
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    byName[name] = (byName[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return byName;
}

/** CPU time (ms) of this process's main thread alone. */
export function mainThreadCpuMs(): number {
  return threadCpuMs(process.pid)['MainThread'] ?? Number.NaN;
}
