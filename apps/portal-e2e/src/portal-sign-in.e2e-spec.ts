import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { launchChromium, newVisitor, portalUrl, screenshot, seriousViolations } from './testing/browser';
import { matchItems, WORDS } from './testing/portal-page';
import { signInOnLoginPage } from './testing/sign-in';

/** The seeded sample firm the `enterprise` demo account owns. */
const SAMPLE_FIRM = '安溪示例茶業有限公司（示例 SAMPLE）';

describe('signing in as the enterprise demo account (desktop, English)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in on the issuer\'s login page, sees its own firm, saves a correction, and signs out', async () => {
    const context = await newVisitor(browser, 'en-GB');
    const page = await context.newPage();

    // Signed out, the firm's pages ask for a sign-in.
    await page.goto(`${portalUrl()}/matches`);
    await page.getByText("Sign in to see your firm's matches, journey and profile.").waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

    // The real login page: a wrong password is refused and says so.
    await page.getByRole('heading', { name: 'Sign in to the Fujian–Hong Kong opportunity matcher' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('input[name="username"]').fill('enterprise');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    await signInOnLoginPage(page);

    // Back where it started, signed in, with its own firm (the sample firm among them).
    await page.waitForURL('**/matches');
    await page.getByText('Signed in as enterprise').waitFor();
    // Matches shown means the account's firms are known; with several (other tests save tea firms as this
    // account too), choose the sample firm in "Your firm", which the other pages then show as well.
    await matchItems(page, 'en').first().waitFor();
    const firmSwitch = page.getByLabel('Your firm');
    if (await firmSwitch.count()) await firmSwitch.selectOption({ label: SAMPLE_FIRM });
    await matchItems(page, 'en').filter({ hasText: WORDS.en.teaFair }).first().waitFor();
    await screenshot(page, 'flow-desktop-en-signed-in-matches');

    // Its profile: correct it and save (PATCH with If-Match, as the owner).
    await page.getByRole('link', { name: 'Profile' }).first().click();
    await page.waitForURL('**/profile');
    await page.locator('#enterprise-name').waitFor();
    expect(await page.locator('#enterprise-name').inputValue()).toBe(SAMPLE_FIRM);
    await page.getByLabel('Target markets').fill('Hong Kong, ASEAN, Middle East');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved', { exact: true }).waitFor();

    // Its data export: one JSON file with both services' parts (profile, consents, matches, feedback, audit).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported['enterprise-profiles'].profile).toMatchObject({ name: SAMPLE_FIRM, markets: 'Hong Kong, ASEAN, Middle East' });
    expect(Array.isArray(exported['enterprise-profiles'].consents)).toBe(true);
    expect(exported.matcher.matches.results.length).toBeGreaterThan(0);
    expect(exported.matcher.audit.map((e: { action: string }) => e.action)).toContain('export');

    // Tokens live in memory: after a reload the session is restored silently, and the change is there.
    await page.reload();
    await page.getByText('Signed in as enterprise').waitFor();
    await page.locator('#enterprise-name').waitFor();
    expect(await page.getByLabel('Target markets').inputValue()).toBe('Hong Kong, ASEAN, Middle East');

    // Signing out ends the session at the issuer too (its confirmation page), then comes back signed out.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/oidc\//);
    await page.getByRole('heading', { name: 'Sign out of the Fujian–Hong Kong opportunity matcher' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/oidc'));
    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto(`${portalUrl()}/profile`);
    await page.getByText("Sign in to see your firm's matches, journey and profile.").waitFor();
    await context.close();
  });
});
