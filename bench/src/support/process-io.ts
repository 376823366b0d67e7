import { readFileSync } from 'node:fs';

/** A process's I/O counters from /proc (Linux): unlike CPU time, they do not move with the machine's load. */
export interface ProcessIo {
  /** write-family system calls (files, sockets, pipes alike). */
  writeCalls: number;
  /** Bytes the process caused to be sent to storage (WAL frames, checkpoints, blob files). */
  storageBytesWritten: number;
}

export function processIo(pid: number): ProcessIo {
  const fields = new Map(
    readFileSync(`/proc/${pid}/io`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(': ') as [string, string]),
  );
  return { writeCalls: Number(fields.get('syscw')), storageBytesWritten: Number(fields.get('write_bytes')) };
}
