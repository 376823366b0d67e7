import { readdirSync, readFileSync } from 'node:fs';

/** Kernel status fields of a process, in KB; undefined once it has exited. */
function statusOf(pid: string): { ppid: number; name: string; peakKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): string => new RegExp(`^${name}:\\s+(.+)$`, 'm').exec(status)?.[1] ?? '';
    return { ppid: Number(field('PPid')), name: field('Name'), peakKb: Number.parseInt(field('VmHWM'), 10) || 0 };
  } catch {
    return undefined;
  }
}

/**
 * Watches this process's children named `name` (e.g. ffmpeg) and keeps the highest peak RSS (VmHWM) any of them
 * reached, polling /proc (Linux) every `intervalMs`. A child that lives shorter than one poll is missed.
 */
export function watchChildPeakRss(name: string, intervalMs = 20): { stop(): number } {
  let peakKb = 0;
  const poll = (): void => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const status = statusOf(entry);
      if (status && status.ppid === process.pid && status.name === name) peakKb = Math.max(peakKb, status.peakKb);
    }
  };
  const timer = setInterval(poll, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      poll();
      return peakKb / 1024;
    },
  };
}
