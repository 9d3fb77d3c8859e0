import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser } from 'playwright-core';
import { ARTIFACTS } from './testing/global-setup';
import { DESKTOP, launchChromium, newVisitor, PHONE, portalUrl, screenshot, seriousViolations } from './testing/browser';
import { horizontalOverflow, LANGS, TEA_GROWER } from './testing/portal-page';
import { ROOT } from './testing/portal-server';

/** Every page of the portal, with what shows it has loaded its data. */
const PAGES = [
  { path: '/', name: 'try', ready: 'form' },
  { path: '/matches', name: 'matches', ready: 'ol' },
  { path: '/journey', name: 'journey', ready: '.ant-steps' },
  { path: '/calendar', name: 'calendar', ready: '.ant-list-item' },
  { path: '/search?q=%E8%8C%B6%E8%91%89', name: 'search', ready: 'mark' },
  { path: '/measures', name: 'measures', ready: '#measure-28' },
  { path: '/profile', name: 'profile', ready: '#enterprise-name' },
] as const;

/** The portal's first-load budget (the quality bar). */
const FIRST_LOAD_BUDGET_BYTES = 350 * 1024;

describe('every page, in every language, at desktop and phone width', () => {
  let browser: Browser;
  let enterpriseId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const created = await fetch(`${portalUrl()}/api/enterprises`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEA_GROWER) });
    enterpriseId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`ships at most ${FIRST_LOAD_BUDGET_BYTES / 1024} KB of JavaScript (gzipped) on the first load`, async () => {
    const context = await newVisitor(browser, 'zh-HK');
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${portalUrl()}/`, { waitUntil: 'networkidle' });
    await page.locator('form').waitFor();
    const files = [...scripts].map((path) => {
      const bytes = readFileSync(join(ROOT, 'dist', 'apps', 'portal', path));
      return { path, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
    });
    const total = files.reduce((sum, f) => sum + f.gzipped, 0);
    writeFileSync(join(ARTIFACTS, 'first-load.json'), JSON.stringify({ page: '/', totalGzippedBytes: total, files }, null, 2));
    console.log(`first load of /: ${files.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped (budget ${FIRST_LOAD_BUDGET_BYTES / 1024} KB)`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    await context.close();
  });

  describe.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('%s', (width, viewport) => {
    it.each(LANGS)('%s: each page loads its data, has no serious or critical axe-core violation, and fits the width', async (lang) => {
      const context = await newVisitor(browser, 'en-GB', viewport);
      await context.addInitScript(
        ([id, language]) => {
          localStorage.setItem('fhk.portal.enterpriseId', id);
          localStorage.setItem('fhk.language', language);
        },
        [enterpriseId, lang],
      );
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { path, name, ready } of PAGES) {
        await page.goto(`${portalUrl()}${path}`);
        await page.locator(ready).first().waitFor();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.waitForLoadState('networkidle');
        await screenshot(page, `page-${width}-${lang}-${name}`);
        for (const v of await seriousViolations(page)) problems.push(`${name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) problems.push(`${name}: ${overflow}px wider than the ${viewport.width}px viewport`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  });
});
