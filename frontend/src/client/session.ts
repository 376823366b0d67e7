import { PAGES } from '../lib/navigation.ts';
import { isSessionLive, type Session } from '../lib/session/session.ts';
import { ApiClient } from './api-client.ts';
import { browserSessionStore } from './browser-session-store.ts';

/** Sends the creator to sign in, and back to this page afterwards. */
export function redirectToLogin(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.replace(`${PAGES.login}?next=${encodeURIComponent(here)}`);
}

/** The live session, or undefined (and an expired one is forgotten). */
export function currentSession(): Session | undefined {
  const session = browserSessionStore.read();
  if (session !== undefined && isSessionLive(session, new Date())) return session;
  if (session !== undefined) browserSessionStore.clear();
  return undefined;
}

export function signIn(session: Session): void {
  browserSessionStore.write(session);
}

export function signOut(): void {
  browserSessionStore.clear();
  window.location.assign(PAGES.login);
}

/** A client for the sign-in pages and the public catalog: no token. */
export function anonymousApi(): ApiClient {
  return new ApiClient({ token: () => undefined, onUnauthorized: () => undefined });
}

/**
 * Starts a page that needs a signed-in creator: the API client carrying the token, or undefined after sending the
 * visitor to sign in. A token the API refuses later (expired, keys rotated) ends the session the same way.
 */
export function signedInApi(): ApiClient | undefined {
  if (currentSession() === undefined) {
    redirectToLogin();
    return undefined;
  }
  return new ApiClient({
    token: () => currentSession()?.token,
    onUnauthorized: () => {
      browserSessionStore.clear();
      redirectToLogin();
    },
  });
}
