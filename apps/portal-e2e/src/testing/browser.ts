import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { ARTIFACTS, STATE_FILE } from './global-setup';

/** Debian's Chromium (tools/ci/install-chromium.sh); playwright's own browser downloads are not possible here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function portalUrl(): string {
  return (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { url: string }).url;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run tools/ci/install-chromium.sh (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * A fresh visitor whose browser prefers `locale` (navigator.languages): no storage, or the cookies
 * and storage of `storageState` (e.g. the issuer's session of a signed-in user, see sign-in.ts).
 */
export function newVisitor(browser: Browser, locale: string, viewport = DESKTOP, storageState?: StorageState): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport, acceptDownloads: true, isMobile: viewport.width < 500, hasTouch: viewport.width < 500, storageState });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the platform's CSP (script-src 'self') stays on.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** One element (a match card …) as a picture, where a full page is too long to look at. */
export async function elementShot(element: Locator, name: string): Promise<void> {
  await element.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
