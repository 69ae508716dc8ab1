// Debian's Chromium driven by playwright-core, with an axe-core check and a screenshot per page.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** 1366×768 office laptop and a phone. */
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Screenshots are test artifacts; SCREENSHOTS_DIR=docs/screenshots refreshes the README's. */
export const SCREENSHOTS = path.resolve(
  __dirname,
  '../../..',
  process.env.SCREENSHOTS_DIR ?? '.cache/test-artifacts/console',
);

/** WCAG 2.0–2.2 A and AA rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The sandbox needs user namespaces, which CI containers running as root do not give.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export function newContext(browser: Browser, baseURL: string, viewport: ViewportName) {
  return browser.newContext({
    baseURL,
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
}

export interface AxeFinding {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Serious and critical WCAG violations of the page as it is now. */
export async function axeFindings(page: Page, name: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: name,
      rule: v.id,
      impact: v.impact!,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export type { Browser, BrowserContext, Page };
