import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './browser.ts';
import { type SiteHarness, startSiteHarness } from './site-harness.ts';

/** Building the site, starting the system and a browser take a while on a loaded two-core machine. */
const SLOW_MS = 180_000;
const UI_WAIT_MS = 30_000;

/** Waits until the element exists and then polls its text, as the page fills in from the API and the stream. */
function textOf(locator: Locator) {
  return expect.poll(() => locator.textContent({ timeout: 1000 }).catch(() => null), { timeout: UI_WAIT_MS });
}

function attributeOf(locator: Locator, name: string) {
  return expect.poll(() => locator.getAttribute(name, { timeout: 1000 }).catch(() => null), { timeout: UI_WAIT_MS });
}

function widthOf(image: Locator) {
  return expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: UI_WAIT_MS });
}

function isFocused(locator: Locator) {
  return expect.poll(() => locator.evaluate((element) => element === document.activeElement), { timeout: UI_WAIT_MS });
}

function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

const suite = hasChromium()
  ? 'site in a real browser'
  : `site in a real browser (skipped: no chromium at ${CHROMIUM_PATH}; apt-get install chromium)`;

describe.skipIf(!hasChromium())(suite, () => {
  let harness: SiteHarness;
  let browser: Browser;
  let page: Page;
  /** Console errors and uncaught exceptions, including content security policy violations. */
  const problems: string[] = [];

  beforeAll(async () => {
    harness = await startSiteHarness();
    browser = await launchChromium();
    page = await browser.newPage({ acceptDownloads: true });
    page.setDefaultTimeout(UI_WAIT_MS);
    page.on('console', (message) => {
      // The browser also logs every 4xx answer, and the tests provoke some on purpose; failed loads of the site's
      // own files are caught below instead.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(message.text());
      }
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && !pathname.startsWith('/api/')) problems.push(`${response.status()} ${pathname}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
  }, SLOW_MS);

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  }, SLOW_MS);

  it(
    'sends a visitor without a session to log in, and lets them sign up',
    async () => {
      await page.goto(`${harness.url}/library/`);
      await page.waitForURL(/\/login\/\?next=%2Flibrary%2F$/);
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.waitForURL(/\/signup\/$/);

      await page.getByRole('button', { name: 'Create account' }).click();
      await textOf(page.locator('#email-error')).toBe('This field is required.');

      await page.getByLabel('Email').fill('ana@example.com');
      await page.getByLabel('Password').fill('too short');
      await page.getByRole('button', { name: 'Create account' }).click();
      // The API's own message, shown at the field it names.
      await textOf(page.locator('#password-error')).toContain('at least 12 characters');

      await page.getByLabel('Name').fill('Ana');
      await page.getByLabel('Password').fill('correct horse battery staple');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForURL(`${harness.url}/`);
      await textOf(page.locator('#account-email')).toBe('ana@example.com');
      await page.getByRole('heading', { name: 'No jobs yet' }).waitFor();
      await textOf(page.locator('#live-state')).toBe('Live');
    },
    SLOW_MS,
  );

  it(
    'builds the form from the task schema and shows both its own and the API’s issues at the fields',
    async () => {
      await mainNav(page).getByRole('link', { name: 'New job' }).click();
      await page.getByText('Analyze text', { exact: true }).click();
      await page.waitForURL(/\/jobs\/new\/\?task=text\.analyze$/);
      const text = page.getByLabel('Text', { exact: true });
      expect(await text.evaluate((element) => element.tagName)).toBe('TEXTAREA');

      await page.getByRole('button', { name: 'Start job' }).click();
      await textOf(page.locator('#job-input-text-error')).toBe('This field is required.');
      await isFocused(text).toBe(true);

      await text.fill('A short text about nothing much.');
      await page.getByRole('textbox', { name: /^Keyword/ }).fill('!!!');
      await page.getByRole('button', { name: 'Start job' }).click();
      await textOf(page.locator('#job-input-keyword-error')).toBe('keyword must contain at least one letter or digit');
    },
    SLOW_MS,
  );

  it(
    'starts a text analysis, follows it live to the end and shows the report',
    async () => {
      await page.getByRole('button', { name: 'Fill in the example' }).click();
      expect(await page.getByRole('textbox', { name: /^Keyword/ }).inputValue()).toBe('ContentFlow');
      await page.getByRole('button', { name: 'Start job' }).click();
      await page.waitForURL(/\/job\/\?id=[\w-]+$/);

      await page.getByRole('heading', { level: 1, name: 'Analyze text' }).waitFor();
      await textOf(page.locator('#job-badge .badge')).toBe('Done');
      await attributeOf(page.getByRole('progressbar'), 'aria-valuenow').toBe('100');
      await textOf(page.locator('#live-state')).toBe('Finished');
      await page.locator('.score__label', { hasText: 'Reading ease' }).waitFor();
      await textOf(page.getByRole('table', { name: 'Top keywords' })).toContain('contentflow');
      await textOf(page.getByRole('heading', { name: /Focus keyword/ })).toContain('ContentFlow');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^text-analysis-[\w-]+\.json$/);
    },
    SLOW_MS,
  );

  it(
    'lists the finished job on the dashboard and its content in the library',
    async () => {
      await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
      const row = page.locator('.job-row').first();
      await row.getByRole('link', { name: 'Analyze text' }).waitFor();
      await textOf(row.locator('.badge')).toBe('Done');
      await textOf(page.locator('#stat-succeeded')).toBe('1');

      await mainNav(page).getByRole('link', { name: 'Library' }).click();
      const card = page.locator('.content-card').first();
      await card.getByRole('heading', { name: 'Text analysis' }).waitFor();
      await card.locator('.score').first().waitFor();
      await attributeOf(card.getByRole('link', { name: 'View job' }), 'href').toMatch(/^\/job\/\?id=/);
    },
    SLOW_MS,
  );

  it(
    'starts an article package from its example, with the API’s issues at the fields',
    async () => {
      await mainNav(page).getByRole('link', { name: 'New package' }).click();
      await page.getByText('Article package', { exact: true }).click();
      await page.waitForURL(/\/packages\/new\/\?workflow=article-package$/);
      expect(await page.getByLabel('Topic', { exact: true }).inputValue()).toBe(
        'Repurposing one video into a week of posts',
      );

      // The request is the whole body, so the API names the field from the root (`platforms.0`).
      const platforms = page.getByRole('textbox', { name: /^Platforms/ });
      await platforms.fill('["myspace"]');
      await page.getByRole('button', { name: 'Start package' }).click();
      await textOf(page.locator('#package-request-platforms-error')).toMatch(/^item 1: /);

      await page.getByRole('button', { name: 'Fill in the example' }).click();
      await page.getByRole('button', { name: 'Start package' }).click();
      await page.waitForURL(/\/job\/\?id=[\w-]+$/);
    },
    SLOW_MS,
  );

  it(
    'follows the package’s steps live to the end and lists what it made',
    async () => {
      await page.getByRole('heading', { level: 1, name: 'Article package' }).waitFor();
      const steps = page.locator('#job-steps .step');
      await textOf(page.locator('#job-steps')).toContain('Social posts');
      expect(await steps.locator('.step__name').allTextContents()).toEqual([
        'Article',
        'SEO analysis',
        'Header image',
        'Social posts',
      ]);
      await textOf(page.locator('#steps-summary')).toBe('4 of 4 steps done');
      expect(await steps.locator('.step__status').allTextContents()).toEqual(['Done', 'Done', 'Done', 'Done']);
      await textOf(page.locator('#job-badge .badge')).toBe('Done');
      await textOf(page.locator('#live-state')).toBe('Finished');
      await expect
        .poll(() => page.locator('#job-results .content-card').count(), { timeout: UI_WAIT_MS })
        .toBeGreaterThanOrEqual(4);

      await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
      await textOf(page.locator('.job-row').first().getByRole('link', { name: 'Article package' })).toBe(
        'Article package',
      );
    },
    SLOW_MS,
  );

  it(
    'shows a generated image inline through its signed download URL',
    async (context) => {
      const catalog = await page.evaluate(() => fetch('/api/v1/engines').then((response) => response.text()));
      if (!catalog.includes('"image.thumbnail"')) context.skip('the catalog has no image.thumbnail task');
      await page.goto(`${harness.url}/jobs/new/?task=image.thumbnail`);
      await page.getByRole('button', { name: 'Fill in the example' }).click();
      await page.getByRole('button', { name: 'Start job' }).click();
      await page.waitForURL(/\/job\/\?id=/);
      const image = page.locator('.content-card__preview img');
      await attributeOf(image, 'src').toMatch(new RegExp(`^${harness.url}/blobs/.+[?&]signature=`));
      await widthOf(image).toBeGreaterThan(0);
    },
    SLOW_MS,
  );

  it(
    'streams the image through the API when the signed URL is on an origin the page may not read',
    async (context) => {
      if (!page.url().includes('/job/?id=')) context.skip('no image job was made');
      // The same site under another name: the signed URLs, made for 127.0.0.1, now point at another origin.
      const job = new URL(page.url().replace('//127.0.0.1:', '//localhost:'));
      const elsewhere = await browser.newPage();
      await elsewhere.goto(`${job.origin}/login/?next=${encodeURIComponent(job.pathname + job.search)}`);
      await elsewhere.getByLabel('Email').fill('ana@example.com');
      await elsewhere.getByLabel('Password').fill('correct horse battery staple');
      await elsewhere.getByRole('button', { name: 'Log in' }).click();
      const image = elsewhere.locator('.content-card__preview img');
      await attributeOf(image, 'src').toMatch(/^blob:/);
      await widthOf(image).toBeGreaterThan(0);
      await elsewhere.close();
    },
    SLOW_MS,
  );

  it('raised no console error and no content security policy violation', () => {
    expect(problems).toEqual([]);
  });
});
