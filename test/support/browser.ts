// Debian's Chromium driven by playwright-core (no browser download): the way a person uses the app.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../e2e/screenshots');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Native widgets (the date input) follow the browser's language, not the page's.
      '--lang=tr-TR',
    ],
  });
}

/**
 * A PNG of the page as a person sees it once it has settled: running transitions (a dialog
 * fading in) finish first. A full-page shot starts from the top, or fixed headers land mid-page.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.evaluate(async (scrollToTop) => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    if (scrollToTop) window.scrollTo(0, 0);
  }, fullPage);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * Console errors and uncaught exceptions of every page in a context, as readable lines.
 * The browser's own favicon request is not the app's doing and is left out.
 */
export function collectBrowserErrors(context: BrowserContext, label: string): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (/favicon\.ico/.test(where) || /favicon\.ico/.test(message.text())) return;
    errors.push(`[${label}] console: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  context.on('weberror', (webError) => {
    errors.push(`[${label}] page error: ${webError.error().stack ?? webError.error().message}`);
  });
  return errors;
}
