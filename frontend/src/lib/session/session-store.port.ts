import type { Session } from './session.ts';

/** Where the session is kept between pages (a port: the browser adapter uses sessionStorage). */
export interface SessionStore {
  read(): Session | undefined;
  write(session: Session): void;
  clear(): void;
}
