import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newVisitor, portalUrl, screenshot } from './testing/browser';
import { describeTeaGrower, matchItems, matchList, matchTitles, switchLanguage, WORDS } from './testing/portal-page';
import { signInOnLoginPage } from './testing/sign-in';

describe('an anonymous visitor from Anxi (desktop)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const titles: Record<string, string[]> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    // A Hong Kong browser: the portal opens in Traditional Chinese on the first visit.
    context = await newVisitor(browser, 'zh-HK');
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens in Traditional Chinese (the browser\'s language) and finds the tea fair with its reason at once', async () => {
    await page.goto(`${portalUrl()}/`);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await describeTeaGrower(page);
    const list = matchList(page, 'zh-Hant');
    const teaFair = list.locator(':scope > li').filter({ hasText: WORDS['zh-Hant'].teaFair }).first();
    await teaFair.waitFor();
    expect(await teaFair.innerText()).toMatch(WORDS['zh-Hant'].teaReason);
    // Provenance: the measure it comes from, linked to the measure's text.
    expect(await teaFair.getByRole('link', { name: '第8項措施' }).getAttribute('href')).toBe('/measures#measure-8');
    // Tentative edition shown as such.
    expect(await teaFair.innerText()).toMatch(/通常於.+舉行，下屆日期未公布/);
    // How the text was understood.
    expect(await page.getByText('我們的理解').isVisible()).toBe(true);
    await screenshot(page, 'flow-desktop-zh-Hant-try-results');
  });

  it('signs in as enterprise on the issuer\'s login page, saves it as a profile and sees the same matches under My matches', async () => {
    // Saving needs an account: the portal sends the visitor to the login page (in the browser's language).
    await page.getByRole('button', { name: '登入後保存為企業資料' }).click();
    await page.getByRole('heading', { name: '登入閩港商機配對平台' }).waitFor();
    await screenshot(page, 'flow-desktop-zh-Hant-login');
    await signInOnLoginPage(page);
    // Back on Try first with the same description and its matches, now signed in.
    await page.getByText('已登入：enterprise').first().waitFor();
    await matchList(page, 'zh-Hant').locator(':scope > li').filter({ hasText: WORDS['zh-Hant'].teaFair }).first().waitFor();
    await page.getByRole('button', { name: '保存為我的企業資料' }).click();
    await page.waitForURL('**/matches');
    await page.getByRole('heading', { level: 1, name: '我的配對' }).waitFor();
    titles['zh-Hant'] = await matchTitles(page, 'zh-Hant');
    expect(titles['zh-Hant'][0]).toContain(WORDS['zh-Hant'].teaFair);
    expect(titles['zh-Hant'].length).toBeGreaterThan(5);
  });

  it('switches to English and to Simplified Chinese and sees the same matches, with reasons, in that language', async () => {
    await switchLanguage(page, 'zh-Hant', 'en');
    await matchList(page, 'en').getByRole('heading', { name: /Hong Kong International Tea Fair/ }).waitFor();
    titles.en = await matchTitles(page, 'en');
    const enFair = matchItems(page, 'en').filter({ hasText: WORDS.en.teaFair }).first();
    expect(await enFair.innerText()).toMatch(WORDS.en.teaReason);
    await switchLanguage(page, 'en', 'zh-Hans');
    await matchList(page, 'zh-Hans').getByRole('heading', { name: /香港国际茶展/ }).waitFor();
    titles['zh-Hans'] = await matchTitles(page, 'zh-Hans');
    const hansFair = matchItems(page, 'zh-Hans').filter({ hasText: WORDS['zh-Hans'].teaFair }).first();
    expect(await hansFair.innerText()).toMatch(WORDS['zh-Hans'].teaReason);
    // Same ranking in every language: same number of matches, the tea fair first.
    expect(titles.en.length).toBe(titles['zh-Hant'].length);
    expect(titles['zh-Hans'].length).toBe(titles['zh-Hant'].length);
    expect(titles.en[0]).toContain(WORDS.en.teaFair);
    expect(titles['zh-Hans'][0]).toContain(WORDS['zh-Hans'].teaFair);
    await screenshot(page, 'flow-desktop-zh-Hans-matches');
  });

  it('remembers the language on the next visit', async () => {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    await matchList(page, 'zh-Hans').waitFor();
  });

  it('filters the matches by type', async () => {
    await page.getByText(/^展会活动（\d+）$/).click();
    await page.waitForFunction(() => document.querySelector('.ant-radio-button-wrapper-checked')?.textContent?.startsWith('展会活动'));
    const kinds = await matchItems(page, 'zh-Hans').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((text) => text.includes('展会活动'))).toBe(true);
    expect(kinds.length).toBeLessThan(titles['zh-Hans'].length);
  });

  it('opens the calendar, filters it by the firm\'s matches, and downloads the .ics in the page\'s language', async () => {
    await page.getByRole('link', { name: WORDS['zh-Hans'].calendar }).first().click();
    await page.waitForURL('**/calendar');
    await page.getByRole('heading', { level: 1, name: WORDS['zh-Hans'].calendar }).waitFor();
    await page.locator('.ant-list-item').first().waitFor();
    await page.getByText(WORDS['zh-Hans'].teaFair).first().waitFor();
    const allEvents = await page.locator('.ant-list-item').count();
    await page.getByRole('switch', { name: '只显示我的配对' }).click();
    await page.waitForFunction((all) => document.querySelectorAll('.ant-list-item').length < all, allEvents);
    expect(await page.getByText(WORDS['zh-Hans'].teaFair).first().isVisible()).toBe(true);
    expect(await page.getByText(WORDS['zh-Hans'].tentative).first().isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: WORDS['zh-Hans'].ics }).click()]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('SUMMARY:香港国际茶展');
    await page.getByText('月历').click();
    await page.locator('.ant-picker-calendar').waitFor();
    await screenshot(page, 'flow-desktop-zh-Hans-calendar-month');
  });

  it('searches in any script and narrows by a facet, with highlights', async () => {
    await page.goto(`${portalUrl()}/search`);
    await page.getByLabel('搜索展会、计划、服务和措施').fill('資金池');
    await page.getByLabel('搜索展会、计划、服务和措施').press('Enter');
    await page.waitForURL(/q=/);
    await page.getByText(/共有\d+项结果/).waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    const before = await page.getByText(/共有\d+项结果/).innerText();
    const facet = page.getByRole('group', { name: '类型' }).getByRole('checkbox').first();
    await facet.click();
    await page.waitForURL(/type=/);
    await page.waitForFunction((text) => !document.body.innerText.includes(text), before);
  });

  it('corrects the profile and gives outreach consent', async () => {
    await page.goto(`${portalUrl()}/profile`);
    await page.getByText('我们的理解').waitFor();
    await page.getByLabel('目标市场').fill('香港 东盟 欧洲');
    await page.getByLabel('同意投资推广署及香港贸易发展局就合作机会与我联系').check();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存').waitFor();
    await page.reload();
    expect(await page.getByLabel('目标市场').inputValue()).toBe('香港 东盟 欧洲');
    expect(await page.getByLabel('同意投资推广署及香港贸易发展局就合作机会与我联系').isChecked()).toBe(true);
  });
});
