import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, exportJWK, SignJWT } from 'jose';
import { AccountStore } from './issuer/demo-accounts';
import { principalOf, remoteTokenKeys, TokenRejectedError, TokenVerifier } from './token-verifier';

describe('TokenVerifier', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issuer = 'https://id.example/realms/fhk';
  let verifier: TokenVerifier;
  beforeAll(async () => {
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    verifier = new TokenVerifier(async () => ({ issuer, getKey: createLocalJWKSet({ keys: [jwk] }) }), { audience: 'fhk-api', clockToleranceS: 30 });
  });
  const now = () => Math.floor(Date.now() / 1000);
  const token = (claims: Record<string, unknown>) =>
    new SignJWT({ sub: 'u1', iss: issuer, aud: 'fhk-api', iat: now(), exp: now() + 60, ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);

  it('accepts a good token and reads our roles claim and Keycloak realm roles, ignoring unknown roles', async () => {
    const principal = await verifier.verify(await token({ roles: ['enterprise', 'root'], realm_access: { roles: ['agency-staff', 'offline_access'] }, preferred_username: 'lin' }));
    expect(principal).toEqual({ subject: 'u1', username: 'lin', roles: ['enterprise', 'agency-staff'], clientId: undefined });
  });

  it.each([
    ['expired', { exp: now() - 120 }, /expired/],
    ['wrong audience', { aud: 'other' }, /aud/],
    ['wrong issuer', { iss: 'https://evil.example' }, /iss/],
    ['no subject', { sub: undefined }, /sub/],
  ])('refuses a token that is %s, saying why', async (_name, claims, reason) => {
    await expect(verifier.verify(await token(claims))).rejects.toThrow(reason);
  });

  it('refuses garbage as malformed, never echoing it', async () => {
    const error = await verifier.verify('abc.def.ghi').catch((e) => e);
    expect(error).toBeInstanceOf(TokenRejectedError);
    expect(error.message).not.toContain('abc');
  });

  it('finds an external issuer\'s keys through discovery, and retries a failed discovery', async () => {
    let calls = 0;
    const fetchImpl = (async (url: string) => {
      calls++;
      if (calls === 1) return new Response('down', { status: 503 });
      expect(url).toBe(`${issuer}/.well-known/openid-configuration`);
      return Response.json({ issuer, jwks_uri: 'https://id.example/certs' });
    }) as typeof fetch;
    const keys = remoteTokenKeys(issuer, fetchImpl);
    await expect(keys()).rejects.toThrow(/503/);
    expect((await keys()).issuer).toBe(issuer);
    expect(calls).toBe(2);
    expect(principalOf({ sub: 'x' }).roles).toEqual([]);
  });
});

describe('AccountStore', () => {
  it('knows one demo account per role, by argon2id hash only', async () => {
    const accounts = await AccountStore.demo('a-long-password');
    expect(await accounts.authenticate('profiles-admin', 'a-long-password')).toEqual({ id: 'demo-profiles-admin', username: 'profiles-admin', roles: ['profiles-admin'] });
    expect(await accounts.authenticate('profiles-admin', 'wrong-password')).toBeNull();
    expect(await accounts.authenticate('nobody', 'a-long-password')).toBeNull();
    expect(await accounts.authenticate({ $gt: '' }, 'a-long-password')).toBeNull();
    expect(JSON.stringify(accounts)).toMatch(/\$argon2id\$/);
    expect(JSON.stringify(accounts)).not.toContain('a-long-password');
  });
});
