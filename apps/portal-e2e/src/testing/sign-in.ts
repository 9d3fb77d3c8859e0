import { Browser, BrowserContext, Page } from 'playwright-core';
import { newVisitor } from './browser';

/** The demo accounts' password (npm start's default unless DEMO_PASSWORD is set). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'fhk-demo-2026';

/** An access token for the API, from the local issuer's password grant (client fhk-cli, not in production). */
export async function apiToken(baseUrl: string, username = 'enterprise'): Promise<string> {
  const response = await fetch(`${baseUrl}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'fhk-cli', username, password: DEMO_PASSWORD, scope: 'api' }),
  });
  if (!response.ok) throw new Error(`password grant for ${username} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** On the issuer's login page (the portal sent the browser there): signs in and waits to be back in the portal. */
export async function signInOnLoginPage(page: Page, username = 'enterprise', password = DEMO_PASSWORD): Promise<void> {
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/oidc') && !url.pathname.startsWith('/auth/'));
}

/**
 * A browser signed in as `username` through the portal's own sign-in (account button → login page
 * → back), and its storage state: the issuer's session cookie, so other contexts started from it
 * are signed in silently on their first page load.
 */
export async function signedInState(browser: Browser, baseUrl: string, username = 'enterprise'): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await newVisitor(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto(`${baseUrl}/matches`);
  await page.getByRole('banner').getByRole('button', { name: /^(Sign in|登入|登录)$/ }).click();
  await signInOnLoginPage(page, username);
  await page.getByText(new RegExp(`Signed in as ${username}|已登入：${username}|已登录：${username}`)).first().waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}
