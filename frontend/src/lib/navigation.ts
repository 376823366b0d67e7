/** The site's pages; static files, so a job's id travels in the query string. */
export const PAGES = {
  dashboard: '/',
  login: '/login/',
  signup: '/signup/',
  newJob: '/jobs/new/',
  library: '/library/',
  job: (id: string) => `/job/?id=${encodeURIComponent(id)}`,
  newJobFor: (taskKey: string) => `/jobs/new/?task=${encodeURIComponent(taskKey)}`,
} as const;

/**
 * Where to go after signing in, from a `?next=` parameter. Only a path on this site is accepted (`/job/?id=…`), so
 * a crafted link cannot send a creator who just signed in to another site (open redirect).
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return PAGES.dashboard;
  try {
    const url = new URL(next, 'https://site.invalid');
    return url.origin === 'https://site.invalid' ? `${url.pathname}${url.search}${url.hash}` : PAGES.dashboard;
  } catch {
    return PAGES.dashboard;
  }
}
