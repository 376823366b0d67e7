import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from './browser.ts';
import { FRONTEND_ROOT } from './build-site.ts';
import { startSiteHarness } from './site-harness.ts';

/**
 * Screenshots of the main pages for the docs, in light and dark: `npm run screenshots -w frontend [-- <dir>]`
 * (default docs/screenshots/). Runs the real system with a fresh data dir and drives the site as a creator would.
 */

const outDir = resolve(process.argv[2] ?? resolve(FRONTEND_ROOT, '../docs/screenshots'));
const VIEWPORT = { width: 1280, height: 860 };
/** Long pages are cut here, so the pictures stay small files. */
const MAX_HEIGHT = 1600;
const EXAMPLE_TEXT =
  'ContentFlow turns one idea into a week of posts. Write once, and it drafts captions, thumbnails and short ' +
  'videos for every platform you use.\n\nCreators love how fast it is: an analysis takes seconds, and the ' +
  'suggestions are concrete. Try ContentFlow on your next launch.';

async function shoot(page: Page, name: string): Promise<void> {
  // From the top, with nothing focused: a full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate(async () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  // Let previews and the progress bar's transition settle before the picture.
  await page.waitForTimeout(400);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width } = page.viewportSize() ?? VIEWPORT;
  await page.screenshot({
    path: resolve(outDir, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
  });
  process.stdout.write(`  ${name}.png\n`);
}

/** What goes wrong in the page is printed, so a picture of a broken page does not go unnoticed. */
function reportProblems(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`browser console: ${message.text()}\n`);
  });
  page.on('pageerror', (error) => process.stderr.write(`browser error: ${error.message}\n`));
}

async function run(browser: Browser, siteUrl: string): Promise<void> {
  const light = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' });
  reportProblems(light);
  await light.goto(`${siteUrl}/login/`);
  await shoot(light, 'login');

  await light.goto(`${siteUrl}/signup/`);
  await light.getByLabel('Name').fill('Ana');
  await light.getByLabel('Email').fill('ana@example.com');
  await light.getByLabel('Password').fill('correct horse battery staple');
  await light.getByRole('button', { name: 'Create account' }).click();
  await light.waitForURL(`${siteUrl}/`);
  await light.locator('.live[data-state="live"]').waitFor();

  await light.goto(`${siteUrl}/jobs/new/?task=text.analyze`);
  await light.getByLabel('Text', { exact: true }).fill(EXAMPLE_TEXT);
  await light.getByRole('textbox', { name: /^Keyword/ }).fill('ContentFlow');
  await shoot(light, 'new-job');
  await light.getByRole('button', { name: 'Start job' }).click();
  await light.waitForURL(/\/job\/\?id=/);
  await light.locator('.score').first().waitFor();
  await shoot(light, 'job');

  // A thumbnail too, where the catalog has the image engine, so the library shows media beside the analysis.
  const catalog = await light.evaluate(() => fetch('/api/v1/engines').then((response) => response.text()));
  if (catalog.includes('"image.thumbnail"')) {
    await light.goto(`${siteUrl}/jobs/new/?task=image.thumbnail`);
    await light.getByRole('button', { name: 'Fill in the example' }).click();
    await light.getByRole('button', { name: 'Start job' }).click();
    await light.waitForURL(/\/job\/\?id=/);
    await light.locator('.content-card__preview img').waitFor();
  }

  // A video job caught mid-way shows the live progress; it is cancelled once pictured. Best effort: a video engine
  // that fails early (no ffmpeg) or runs too fast leaves this picture out.
  if (catalog.includes('"video.short"')) {
    await light.goto(`${siteUrl}/jobs/new/?task=video.short`);
    await light.getByRole('button', { name: 'Fill in the example' }).click();
    await light.getByRole('button', { name: 'Start job' }).click();
    await light.waitForURL(/\/job\/\?id=/);
    try {
      await light.locator('.progress[data-tone="info"]:not([aria-valuenow="0"])').waitFor({ timeout: 60_000 });
      await shoot(light, 'job-running');
    } catch (error) {
      process.stdout.write(
        `  job-running.png left out: ${error instanceof Error ? error.message.split('\n')[0] : error}\n`,
      );
    }
    const cancel = light.getByRole('button', { name: 'Cancel job' });
    if (await cancel.isVisible()) await cancel.click();
  }

  // A package: its request form, then its job page with the steps live, caught while the video renders, and done.
  await light.goto(`${siteUrl}/packages/new/?workflow=short-video-package`);
  await shoot(light, 'new-package');
  await light.getByRole('button', { name: 'Start package' }).click();
  await light.waitForURL(/\/job\/\?id=/);
  await light.locator('.step[data-step="Video"][data-status="running"]').waitFor({ timeout: 120_000 });
  await shoot(light, 'package-running');
  await light.locator('.step[data-step="Hashtags"][data-status="succeeded"]').waitFor({ timeout: 300_000 });
  await shoot(light, 'package');

  await light.goto(`${siteUrl}/`);
  await light.locator('.job-row').first().waitFor();
  await shoot(light, 'dashboard');
  await light.goto(`${siteUrl}/library/`);
  await light.locator('.content-card .score').first().waitFor();
  await shoot(light, 'library');
  await light.setViewportSize({ width: 390, height: 844 });
  await shoot(light, 'library-mobile');

  // The same session in dark mode: sessionStorage belongs to the tab, so the dark tab signs in again.
  const dark = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'dark' });
  reportProblems(dark);
  await dark.goto(`${siteUrl}/login/?next=%2F`);
  await dark.getByLabel('Email').fill('ana@example.com');
  await dark.getByLabel('Password').fill('correct horse battery staple');
  await dark.getByRole('button', { name: 'Log in' }).click();
  await dark.waitForURL(`${siteUrl}/`);
  await dark.locator('.job-row').first().waitFor();
  await shoot(dark, 'dashboard-dark');
  await dark.getByRole('link', { name: 'Analyze text' }).click();
  await dark.locator('.score').first().waitFor();
  await shoot(dark, 'job-dark');
}

if (!hasChromium()) {
  process.stderr.write('screenshots need chromium: apt-get install chromium\n');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
process.stdout.write(`Taking screenshots into ${outDir}\n`);
const harness = await startSiteHarness();
const browser = await launchChromium();
try {
  await run(browser, harness.url);
} finally {
  await browser.close();
  await harness.stop();
}
