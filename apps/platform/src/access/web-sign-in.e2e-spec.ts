import { createHash, randomBytes } from 'node:crypto';
import { InProcessPlatform, startInProcessPlatform } from '@fhk/composition/embedded';

/** A browser's cookie jar, enough for the issuer's interaction cookies. */
class Browser {
  private readonly cookies = new Map<string, string>();
  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, { redirect: 'manual', ...init, headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.headers as Record<string, string>) } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }
}

/** The web app's sign-in: authorization code + PKCE as public client fhk-web, then refresh. */
describe('web sign-in through the local issuer', () => {
  let p: InProcessPlatform;
  beforeAll(async () => (p = await startInProcessPlatform({ env: { SEED_ON_START: 'false' } })), 60_000);
  afterAll(() => p.close());

  const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  /** The web app's first step: authorization request with PKCE; answers the verifier and the issuer's reply. */
  async function startAuthorization(browser: Browser, extra: Record<string, string>) {
    const verifier = randomBytes(32).toString('base64url');
    const params = { client_id: 'fhk-web', response_type: 'code', redirect_uri: `${p.url}/auth/callback`, scope: 'openid profile offline_access api', code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256', ...extra };
    return { verifier, answer: await browser.go(`${p.url}/oidc/auth?${new URLSearchParams(params)}`) };
  }

  it('signs a user in with code + PKCE, the token opens the API for the role, and refreshes', async () => {
    const browser = new Browser();
    const { answer: authorize } = await startAuthorization(browser, { state: 'st', prompt: 'consent' });
    const redirect = `${p.url}/auth/callback`;
    expect(authorize.status).toBe(303);
    const interaction = new URL(authorize.headers.get('location')!, p.url).href;
    const page = await browser.go(interaction, { headers: { 'accept-language': 'zh-HK' } });
    expect(await page.text()).toContain('登入閩港商機配對平台');

    const wrong = await browser.go(`${interaction}/login`, form({ username: 'agency-staff', password: 'not-the-password' }));
    expect(wrong.status).toBe(401);
    const login = await browser.go(`${interaction}/login`, form({ username: 'agency-staff', password: 'fhk-demo-2026' }));
    expect(login.status).toBe(303);
    const back = await browser.go(new URL(login.headers.get('location')!, p.url).href);
    const callback = new URL(back.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(redirect);
    expect(callback.searchParams.get('state')).toBe('st');

    const missingVerifier = await fetch(`${p.url}/oidc/token`, form({ grant_type: 'authorization_code', client_id: 'fhk-web', code: callback.searchParams.get('code')!, redirect_uri: redirect }));
    expect(missingVerifier.status).toBe(400);
  });

  it('issues tokens that the API accepts for the role, and refresh tokens', async () => {
    const browser = new Browser();
    const { verifier, answer: authorize } = await startAuthorization(browser, { prompt: 'consent' });
    const redirect = `${p.url}/auth/callback`;
    const interaction = new URL(authorize.headers.get('location')!, p.url).href;
    const login = await browser.go(`${interaction}/login`, form({ username: 'platform-admin', password: 'fhk-demo-2026' }));
    const back = await browser.go(new URL(login.headers.get('location')!, p.url).href);
    const code = new URL(back.headers.get('location')!).searchParams.get('code')!;
    const token = (await (await fetch(`${p.url}/oidc/token`, form({ grant_type: 'authorization_code', client_id: 'fhk-web', code, code_verifier: verifier, redirect_uri: redirect }))).json()) as {
      access_token: string;
      refresh_token: string;
    };
    expect(JSON.parse(Buffer.from(token.access_token.split('.')[1], 'base64url').toString())).toMatchObject({ aud: 'fhk-api', iss: p.url, roles: ['platform-admin'], sub: 'demo-platform-admin' });
    expect((await fetch(`${p.url}/api/matcher/index`, { headers: { authorization: `Bearer ${token.access_token}` } })).status).toBe(200);
    expect((await fetch(`${p.url}/api/catalogue/items`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    const refreshed = await fetch(`${p.url}/oidc/token`, form({ grant_type: 'refresh_token', client_id: 'fhk-web', refresh_token: token.refresh_token }));
    expect(refreshed.status).toBe(200);
    // The password grant is for fhk-cli only.
    const viaWeb = await fetch(`${p.url}/oidc/token`, form({ grant_type: 'password', client_id: 'fhk-web', username: 'platform-admin', password: 'fhk-demo-2026' }));
    expect(viaWeb.status).toBe(400);
  });
  it("shows the issuer's sign-in and sign-out pages in the language the web app asked for", async () => {
    const browser = new Browser();
    const { answer: authorize } = await startAuthorization(browser, { ui_locales: 'zh-Hans' });
    const interaction = new URL(authorize.headers.get('location')!, p.url).href;
    // The web app's choice wins over the browser's English.
    const signInPage = await (await browser.go(interaction, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text();
    expect(signInPage).toContain('<html lang="zh-Hans">');
    expect(signInPage).toContain('登录闽港商机配对平台');
    const login = await browser.go(`${interaction}/login`, form({ username: 'enterprise', password: 'fhk-demo-2026' }));
    await browser.go(new URL(login.headers.get('location')!, p.url).href);

    // Signed in, so the issuer asks before ending the session.

    const confirm = await browser.go(`${p.url}/oidc/session/end?${new URLSearchParams({ client_id: 'fhk-web', ui_locales: 'zh-Hant' })}`, { headers: { 'accept-language': 'en' } });
    expect(confirm.status).toBe(200);
    const confirmPage = await confirm.text();
    expect(confirmPage).toContain('<html lang="zh-Hant">');
    expect(confirmPage).toContain('要在這部裝置上登出嗎？');
    expect(confirmPage).not.toMatch(/sign me out/i);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirmPage)?.[1];
    expect(xsrf).toBeTruthy();
    const action = new URL(/id="op.logoutForm"[^>]*action="([^"]+)"|action="([^"]+)"[^>]*id="op.logoutForm"/.exec(confirmPage)!.slice(1).find(Boolean)!, p.url).href;
    const done = await browser.go(action, form({ xsrf: xsrf!, logout: 'yes' }));
    expect(done.status).toBe(303);
    // No return address was given: the issuer's own "signed out" page, in the browser's language.
    const signedOut = await (await browser.go(new URL(done.headers.get('location')!, p.url).href, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
    expect(signedOut).toContain('你已在这台设备上退出闽港商机配对平台。');
    expect(signedOut).toContain(`href="${p.url}/"`);
  });
});
