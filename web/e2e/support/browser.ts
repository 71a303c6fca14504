import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * End-to-end harness: the system Chromium (`apt-get install chromium`) driven by
 * playwright-core, headless, with a throw-away profile per launch. Screenshots go to
 * `artifacts/screenshots/` (git-ignored).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(process.cwd(), 'artifacts/screenshots');

export interface E2EBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh `--user-data-dir` (a persistent context is how
 * playwright passes one) and removes the profile on close.
 */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<E2EBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kinerja-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page that fails loudly on uncaught errors and records console errors. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  return { page, consoleErrors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Signs in through the real form (NIP + password) and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, nip: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/`);
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
}

export type { Browser, BrowserContext, Page };
