export { freePort } from './system/free-port.ts';
export { type LocalSystemProcess, startLocalSystemProcess } from './system/local-system-process.ts';
export { type LocalSystem, startLocalSystem } from './system/start-local-system.ts';
