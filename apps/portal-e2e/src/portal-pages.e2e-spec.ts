import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser, Page } from 'playwright-core';
import { ARTIFACTS } from './testing/global-setup';
import { DESKTOP, launchChromium, newVisitor, PHONE, portalUrl, screenshot, seriousViolations } from './testing/browser';
import { createFirm, horizontalOverflow, LANGS, TEA_GROWER } from './testing/portal-page';
import { ROOT } from './testing/portal-server';
import { apiToken, signedInState } from './testing/sign-in';

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
  let signedIn: Awaited<ReturnType<typeof signedInState>>;

  beforeAll(async () => {
    browser = await launchChromium();
    enterpriseId = await createFirm(portalUrl(), TEA_GROWER, await apiToken(portalUrl()));
    signedIn = await signedInState(browser, portalUrl());
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
      const problems: string[] = [];
      const check = async (page: Page, name: string) => {
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.waitForLoadState('networkidle');
        await screenshot(page, `page-${width}-${lang}-${name}`);
        for (const v of await seriousViolations(page)) problems.push(`${name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) problems.push(`${name}: ${overflow}px wider than the ${viewport.width}px viewport`);
      };
      const remember = ([id, language]: [string | null, string]) => {
        if (id) localStorage.setItem('fhk.portal.enterpriseId', id);
        localStorage.setItem('fhk.language', language);
      };
      // Signed in as the firm's owner: every page with the firm's data.
      const context = await newVisitor(browser, 'en-GB', viewport, signedIn);
      await context.addInitScript(remember, [enterpriseId, lang] as [string, string]);
      const page = await context.newPage();
      for (const { path, name, ready } of PAGES) {
        await page.goto(`${portalUrl()}${path}`);
        await page.locator(ready).first().waitFor();
        await check(page, name);
      }
      // My matches with a card's "not a fit" reasons open.
      await page.goto(`${portalUrl()}/matches`);
      await page.locator('ol li [role="group"] button').nth(1).click();
      await page.locator('.ant-dropdown-menu-item').first().waitFor();
      await check(page, 'matches-feedback-reasons');
      await context.close();

      // Signed out: My matches asks to sign in; My journey plans the description tried on Try first.
      const visitor = await newVisitor(browser, 'en-GB', viewport);
      await visitor.addInitScript(remember, [null, lang] as [null, string]);
      await visitor.addInitScript((profile) => sessionStorage.setItem('fhk.portal.tried', JSON.stringify(profile)), TEA_GROWER);
      const anonymous = await visitor.newPage();
      await anonymous.goto(`${portalUrl()}/matches`);
      await anonymous.locator('main .ant-empty button').waitFor();
      await check(anonymous, 'matches-signed-out');
      await anonymous.goto(`${portalUrl()}/journey`);
      await anonymous.locator('.ant-steps-item-content').first().waitFor();
      await check(anonymous, 'journey-tried');
      await visitor.close();
      expect(problems).toEqual([]);
    });
  });
});
