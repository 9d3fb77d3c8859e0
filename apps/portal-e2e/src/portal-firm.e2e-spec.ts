import { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, elementShot, launchChromium, newVisitor, portalUrl, screenshot, seriousViolations } from './testing/browser';
import { BATTERY_MAKER, createFirm, describeTeaGrower, matchItems, matchTitles, TEA_GROWER } from './testing/portal-page';
import { apiToken, signedInState } from './testing/sign-in';

type SignedIn = Awaited<ReturnType<typeof signedInState>>;

/** A browser signed in as `enterprise` (the owner of every firm here), `id` saved last, the portal in English. */
async function firmBrowser(browser: Browser, signedIn: SignedIn, id: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newVisitor(browser, 'en-GB', DESKTOP, signedIn);
  await context.addInitScript((saved) => {
    localStorage.setItem('fhk.portal.enterpriseId', saved);
    localStorage.setItem('fhk.language', 'en');
  }, id);
  return { context, page: await context.newPage() };
}

/** The titles of the journey's steps, in order. */
async function stepTitles(page: Page): Promise<string[]> {
  await page.getByText(/The steps planned for/).waitFor();
  await page.locator('.ant-steps-item').first().waitFor();
  return page.locator('.ant-steps-item-title').allInnerTexts();
}

describe('a firm\'s own journey, caveats and feedback (desktop, English)', () => {
  let browser: Browser;
  let teaId: string;
  let batteryId: string;
  let signedIn: SignedIn;

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await apiToken(portalUrl());
    [teaId, batteryId] = await Promise.all([createFirm(portalUrl(), TEA_GROWER, token), createFirm(portalUrl(), BATTERY_MAKER, token)]);
    signedIn = await signedInState(browser, portalUrl());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('My journey plans each firm\'s own steps, in order, with who can help', async () => {
    const tea = await firmBrowser(browser, signedIn, teaId);
    await tea.page.goto(`${portalUrl()}/journey`);
    const teaSteps = await stepTitles(tea.page);
    expect(teaSteps).toEqual(['Register trademarks and patents', 'Exhibit at the right fair and meet buyers']);
    const fairStep = tea.page.locator('.ant-steps-item').filter({ hasText: 'Exhibit at the right fair' });
    expect(await fairStep.innerText()).toContain('Hong Kong International Tea Fair');
    expect(await fairStep.getByRole('link', { name: 'Measure 8' }).getAttribute('href')).toBe('/measures#measure-8');
    await screenshot(tea.page, 'firm-desktop-en-journey-tea');
    await tea.context.close();

    const battery = await firmBrowser(browser, signedIn, batteryId);
    await battery.page.goto(`${portalUrl()}/journey`);
    const batterySteps = await stepTitles(battery.page);
    // Company first, then treasury, then listing: the order the matcher plans, not the tea grower's.
    expect(batterySteps[0]).toBe('Set up a company in Hong Kong');
    expect(batterySteps.indexOf('Prepare a listing or bond issue with advisers')).toBeGreaterThan(batterySteps.indexOf('Open a bank account; set up treasury and fund pooling'));
    expect(batterySteps).not.toContain('Exhibit at the right fair and meet buyers');
    expect(await battery.page.locator('.ant-steps-item').first().innerText()).toContain('Companies Registry');
    await screenshot(battery.page, 'firm-desktop-en-journey-battery');
    await battery.context.close();
  });

  it('Try first leads to a journey for the description tried, before anything is saved', async () => {
    const visitor = await newVisitor(browser, 'zh-HK');
    const page = await visitor.newPage();
    await page.goto(`${portalUrl()}/`);
    await describeTeaGrower(page);
    await page.getByRole('link', { name: '查看按此描述規劃的路線' }).click();
    await page.waitForURL('**/journey');
    await page.getByText(/按剛才試用的描述（尚未保存）規劃的步驟/).waitFor();
    await page.locator('.ant-steps-item').first().waitFor();
    const steps = await page.locator('.ant-steps-item-title').allInnerTexts();
    expect(steps.length).toBe(2);
    expect(await page.locator('.ant-steps-item').nth(1).innerText()).toContain('香港國際茶展');
    await visitor.close();
  });

  it('shows the preconditions of a match (needs a Hong Kong company) on its card', async () => {
    const { context, page } = await firmBrowser(browser, signedIn, teaId);
    await page.goto(`${portalUrl()}/matches`);
    const bud = matchItems(page, 'en').filter({ hasText: 'Trade and Industry Department' }).first();
    await bud.waitFor();
    const text = await bud.innerText();
    expect(text).toContain('Before you apply');
    expect(text).toContain('Needs a company registered in Hong Kong');
    await elementShot(bud, 'firm-desktop-en-card-caveats');
    // A match without preconditions says nothing of the kind.
    expect(await matchItems(page, 'en').first().innerText()).not.toContain('Before you apply');
    // Collapsed results name their other guises.
    const collapsed = matchItems(page, 'en').filter({ hasText: 'The same opportunity also as:' }).first();
    expect(await collapsed.innerText()).toMatch(/(Measure|Programme|Event): /);
    await context.close();
  });

  it('feedback with a reason changes the list, says why, and is listed as given', async () => {
    const { context, page } = await firmBrowser(browser, signedIn, teaId);
    await page.goto(`${portalUrl()}/matches`);
    const before = await matchTitles(page, 'en');
    const wrong = before.find((title) => title.includes('Food Expo PRO'));
    expect(wrong).toBeDefined();
    const card = matchItems(page, 'en').filter({ hasText: 'Food Expo PRO' }).first();
    await card.getByRole('group', { name: /Feedback on “Food Expo PRO”/ }).getByRole('button', { name: /Not a fit/ }).click();
    await page.getByRole('menuitem', { name: 'wrong industry' }).click();
    await page.getByText('Thank you: “Food Expo PRO” marked “wrong industry”. Your list has been updated.').waitFor();
    const after = await matchTitles(page, 'en');
    expect(after.some((title) => title.includes('Food Expo PRO'))).toBe(false);
    expect(after.length).toBeLessThan(before.length);
    // Similar items move, and say why.
    const similar = matchItems(page, 'en').filter({ hasText: 'You marked a similar item “wrong industry”' });
    expect(await similar.count()).toBeGreaterThan(0);
    await page.getByRole('list', { name: 'Your feedback' }).getByText('Food Expo PRO: “wrong industry”').waitFor();

    // "Useful" on a provider: the list says so, on it and on similar items.
    const hktdc = matchItems(page, 'en').filter({ hasText: 'Hong Kong Trade Development Council' }).first();
    await hktdc.getByRole('button', { name: 'Useful' }).click();
    await page.getByText(/Thank you: “Hong Kong Trade Development Council \(HKTDC\)” marked “useful”/).waitFor();
    const marked = matchItems(page, 'en').filter({ hasText: 'Hong Kong Trade Development Council' }).first();
    expect(await marked.innerText()).toContain('You marked this item “useful”');
    expect(await marked.getByRole('button', { name: 'Useful' }).getAttribute('aria-pressed')).toBe('true');
    await elementShot(marked, 'firm-desktop-en-card-after-feedback');
    // The page after feedback (the thank-you, the log, a pressed button) is as accessible as before.
    expect(await seriousViolations(page)).toEqual([]);

    // The feedback is the firm's: another visit sees the same list.
    await page.reload();
    const reloaded = await matchTitles(page, 'en');
    expect(reloaded.some((title) => title.includes('Food Expo PRO'))).toBe(false);
    await context.close();
  });

  it('the calendar lists the events ahead for the firm, best first, each with when and why', async () => {
    const { context, page } = await firmBrowser(browser, signedIn, teaId);
    await page.goto(`${portalUrl()}/calendar`);
    const ahead = page.getByRole('list', { name: 'Events ahead for your firm' }).locator(':scope > li');
    await ahead.first().waitFor();
    const first = await ahead.first().innerText();
    expect(first).toContain('Hong Kong International Tea Fair');
    expect(first).toMatch(/Usually in August|\d{4}/);
    expect(first).toContain('Why for you: ');
    expect(await ahead.count()).toBeLessThanOrEqual(5);
    await context.close();
  });
});
