/** The site's pages; static files, so a job's id travels in the query string. */
export const PAGES = {
  dashboard: '/',
  login: '/login/',
  signup: '/signup/',
  newJob: '/jobs/new/',
  newPackage: '/packages/new/',
  library: '/library/',
  job: (id: string) => `/job/?id=${encodeURIComponent(id)}`,
  newJobFor: (taskKey: string) => `/jobs/new/?task=${encodeURIComponent(taskKey)}`,
  newPackageFor: (workflow: string) => `/packages/new/?workflow=${encodeURIComponent(workflow)}`,
} as const;

/** The signed-in pages' main navigation, in order. */
export const MAIN_NAVIGATION: ReadonlyArray<{ href: string; label: string }> = [
  { href: PAGES.dashboard, label: 'Dashboard' },
  { href: PAGES.newJob, label: 'New job' },
  { href: PAGES.newPackage, label: 'New package' },
  { href: PAGES.library, label: 'Library' },
];

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
