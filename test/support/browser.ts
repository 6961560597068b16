// Chromium driven by playwright-core, the way a person uses the app: Debian's where it is installed,
// else the one that ships inside the npm package @sparticuz/chromium (unpacked to /tmp on first
// use), so a machine with only Node and npm runs the end-to-end tests too. No browser download.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expectAccessible } from './accessibility.ts';

const SYSTEM_CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../e2e/screenshots');

const OUR_FLAGS = [
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
];

export type BrowserSource = 'system' | 'npm';

/**
 * Which Chromium the tests use. `E2E_BROWSER=npm` skips the system one (to prove a bare machine
 * works); `E2E_BROWSER=system` refuses to fall back.
 */
async function findChromium(): Promise<{ executablePath: string; args: string[]; source: BrowserSource }> {
  const wanted = process.env.E2E_BROWSER;
  const system = wanted === 'npm' ? undefined : SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (system) return { executablePath: system, args: OUR_FLAGS, source: 'system' };
  if (wanted === 'system') throw new Error("Chromium not found: install Debian's chromium or set CHROMIUM_PATH");
  const { default: bundled } = await import('@sparticuz/chromium');
  // Its own flags are for AWS Lambda (one process, web security off): not ours, or a CSP or a
  // crash would go unnoticed. Its shared libraries and fonts are found through the environment
  // that executablePath() sets.
  return { executablePath: await bundled.executablePath(), args: OUR_FLAGS, source: 'npm' };
}

export let browserSource: BrowserSource | null = null;

/** `extraArgs` adds flags for one test file (a fake camera, say) to ours. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const { executablePath, args, source } = await findChromium();
  if (browserSource === null) console.info(`[e2e] Chromium from ${source === 'system' ? 'the system' : 'the npm package @sparticuz/chromium'}: ${executablePath}`);
  browserSource = source;
  return chromium.launch({ executablePath, args: [...args, ...extraArgs] });
}

/**
 * A PNG of the page as a person sees it once it has settled: running transitions (a dialog
 * fading in) finish first. A full-page shot starts from the top, or fixed headers land mid-page.
 * The same settled state is then audited with axe (WCAG 2.1 A/AA), failing the test on any
 * violation; only the shots of a failed test, taken after it, skip that.
 */
export async function screenshot(page: Page, name: string, { fullPage = true, audit = true } = {}): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.evaluate(async (scrollToTop) => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    if (scrollToTop) window.scrollTo(0, 0);
  }, fullPage);
  await page.screenshot({ path: file, fullPage });
  if (audit) await expectAccessible(page, name);
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
