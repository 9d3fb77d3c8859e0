import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { launchChromium, newVisitor, PHONE, portalUrl, screenshot, seriousViolations } from './testing/browser';
import { describeTeaGrower, horizontalOverflow, matchItems, switchLanguage, WORDS } from './testing/portal-page';
import { signedInState, signInOnLoginPage } from './testing/sign-in';

describe('the same visit on a phone (390 px)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('describes the firm, sees the tea fair with its reason, navigates by the menu, and downloads the calendar', async () => {
    const context = await newVisitor(browser, 'zh-TW', PHONE);
    const page = await context.newPage();
    await page.goto(`${portalUrl()}/`);
    await describeTeaGrower(page);
    const teaFair = matchItems(page, 'zh-Hant').filter({ hasText: WORDS['zh-Hant'].teaFair }).first();
    await teaFair.waitFor();
    expect(await teaFair.innerText()).toMatch(WORDS['zh-Hant'].teaReason);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'flow-phone-zh-Hant-try-results');

    await page.getByRole('button', { name: '登入後保存為企業資料' }).click();
    await signInOnLoginPage(page);
    await page.getByRole('button', { name: '保存為我的企業資料' }).click();
    await page.waitForURL('**/matches');
    await page.getByRole('heading', { level: 1, name: '我的配對' }).waitFor();
    await switchLanguage(page, 'zh-Hant', 'en');
    const enFair = matchItems(page, 'en').filter({ hasText: WORDS.en.teaFair }).first();
    await enFair.waitFor();
    expect(await enFair.innerText()).toMatch(WORDS.en.teaReason);

    // At phone width the navigation is behind the menu button, reachable by keyboard.
    await page.getByRole('button', { name: WORDS.en.openMenu }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Calendar' }).click();
    await page.waitForURL('**/calendar');
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByText(WORDS.en.teaFair).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: WORDS.en.ics }).click()]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('SUMMARY:Hong Kong International Tea Fair');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'flow-phone-en-calendar');
    await context.close();
  });

  it("signs out in Traditional Chinese: the issuer's confirmation fits the phone and passes axe", async () => {
    const context = await newVisitor(browser, 'zh-TW', PHONE, await signedInState(browser, portalUrl()));
    // The signed-in state was made in an English browser; this visitor reads Traditional Chinese.
    await context.addInitScript(() => localStorage.setItem('fhk.language', 'zh-Hant'));
    const page = await context.newPage();
    await page.goto(`${portalUrl()}/matches`);
    await matchItems(page, 'zh-Hant').first().waitFor();
    const signOut = page.getByRole('button', { name: '登出', exact: true });
    if (!(await signOut.first().isVisible())) await page.getByRole('button', { name: WORDS['zh-Hant'].openMenu }).click();
    await signOut.first().click();
    await page.waitForURL(/\/oidc\//);
    await page.getByRole('heading', { name: '登出閩港商機配對平台' }).waitFor();
    await page.getByText('要在這部裝置上登出嗎？').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'flow-phone-zh-Hant-sign-out');
    await page.getByRole('main').getByRole('button', { name: '登出', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/oidc'));
    // Back in the portal, signed out: the menu offers to sign in again.
    await page.getByRole('button', { name: WORDS['zh-Hant'].openMenu }).click();
    await page.getByRole('dialog').getByRole('button', { name: '登入', exact: true }).waitFor();
    await context.close();
  });

  it('searches on a phone: the results come first, the filters wait behind one closed section', async () => {
    const context = await newVisitor(browser, 'zh-CN', PHONE);
    const page = await context.newPage();
    await page.goto(`${portalUrl()}/search?q=${encodeURIComponent('资金池')}`);
    const total = page.getByText(/共有\d+项结果/);
    await total.waitFor();
    // The first result is on the first screen; no facet checkbox is shown until the filters are opened.
    const firstHit = page.locator('.ant-list-item').first();
    expect((await firstHit.boundingBox())!.y).toBeLessThan(PHONE.height);
    expect(await page.getByRole('group', { name: '类型' }).count()).toBe(0);
    const filters = page.getByRole('button', { name: '筛选结果' });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await filters.click();
    const before = await total.innerText();
    await page.getByRole('group', { name: '类型' }).getByRole('checkbox').first().click();
    await page.waitForURL(/type=/);
    await page.waitForFunction((text) => !document.body.innerText.includes(text), before);
    await page.getByRole('button', { name: '筛选结果（已选1项）' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'flow-phone-zh-Hans-search');
    await context.close();
  });

  it('is usable by keyboard alone: skip link, then the form', async () => {
    const context = await newVisitor(browser, 'en-US', PHONE);
    const page = await context.newPage();
    await page.goto(`${portalUrl()}/`);
    await page.locator('form').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    // The next Tab stops inside the page, at the first field of the form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('enterprise-name');
    await context.close();
  });
});
