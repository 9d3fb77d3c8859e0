/**
 * @jest-environment node
 */
import { discoverIssuer } from './oidc-settings';
import { oidcSettings } from './user-manager';

const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('sign-in against the platform\'s OIDC issuer', () => {
  it('is offered only when the discovery document names an issuer and its endpoints', async () => {
    const discovery = { issuer: 'http://portal.test', authorization_endpoint: 'http://portal.test/auth', token_endpoint: 'http://portal.test/token' };
    expect(await discoverIssuer('http://portal.test', answer(200, discovery))).toBe(true);
    expect(await discoverIssuer('http://portal.test', answer(404, { statusCode: 404 }))).toBe(false);
    expect(await discoverIssuer('http://portal.test', answer(200, { issuer: 'http://portal.test' }))).toBe(false);
    expect(await discoverIssuer('http://portal.test', (async () => Promise.reject(new TypeError('offline'))) as typeof fetch)).toBe(false);
  });

  it('asks discovery at the origin\'s well-known address', async () => {
    const urls: string[] = [];
    await discoverIssuer('http://portal.test', (async (url: string) => {
      urls.push(url);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch);
    expect(urls).toEqual(['http://portal.test/.well-known/openid-configuration']);
  });

  it('uses the authorization code flow (PKCE) as the public client fhk-web, tokens in memory only', () => {
    const settings = oidcSettings('http://portal.test');
    expect(settings).toMatchObject({
      authority: 'http://portal.test',
      client_id: 'fhk-web',
      response_type: 'code',
      redirect_uri: 'http://portal.test/auth/callback',
      automaticSilentRenew: true,
    });
    expect(settings.client_secret).toBeUndefined();
    // The user (and its tokens) never reach localStorage or sessionStorage.
    const store = settings.userStore as unknown as { _store: object };
    expect(store._store.constructor.name).toBe('InMemoryWebStorage');
  });
});
