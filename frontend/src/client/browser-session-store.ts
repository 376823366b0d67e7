import { type Session, sessionSchema } from '../lib/session/session.ts';
import type { SessionStore } from '../lib/session/session-store.port.ts';

const KEY = 'contentflow.session';

/**
 * Keeps the session in sessionStorage rather than localStorage: it is scoped to one tab and gone when the tab
 * closes, so a token does not linger on disk for weeks or leak into every other tab and window of the browser.
 * (Script injection could read either; that is prevented by rendering API data as text only and by the page's CSP.)
 * Not a cookie either, so requests carry the token only when this site's code adds it: no CSRF exposure.
 */
export const browserSessionStore: SessionStore = {
  read() {
    const stored = sessionStorage.getItem(KEY);
    if (stored === null) return undefined;
    try {
      const parsed = sessionSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  },
  write(session: Session) {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  },
  clear() {
    sessionStorage.removeItem(KEY);
  },
};
